package org.acme.users.adapter.persistence.redis;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.anOwner;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The scripts are called by their hash and loaded again by the adapter when the server has forgotten them. */
class ScriptReloadTest {

    private static RedisServerProcess server;
    private static RedisPersistence persistence;
    private static RedisClient inspector;

    @BeforeAll
    static void start() {
        server = LocalServers.start("--save", "", "--appendonly", "no");
        persistence = RedisPersistence.connect(RedisSettings.of(LocalServers.urlOf(server)));
        inspector = RedisClient.create(server.address());
    }

    @AfterAll
    static void stop() {
        inspector.close();
        persistence.close();
        server.stopAndRemoveFiles();
    }

    @Test
    void loadsEveryScriptAgainAfterScriptFlushAndServesAsBefore() {
        UserRepository repository = persistence.userRepository();
        User ada = aUser().build();
        repository.insert(ada);
        assertThat(inspector.scriptExists(List.of(UserScript.INSERT_USER.sha1()))).containsExactly(true);

        inspector.scriptFlush();
        assertThat(inspector.scriptExists(List.of(UserScript.UPDATE_USER.sha1()))).containsExactly(false);
        User changed = ada.changeTo(UserDetails.of("countess@example.com", "Ada"), ada.updatedAt());
        repository.update(changed);
        User grace = aUser().ownedBy(anOwner()).build();
        repository.insert(grace);

        assertThat(repository.findByEmail(changed.email())).contains(changed);
        assertThat(repository.findByOwner(grace.owner().orElseThrow())).contains(grace);
        assertThat(repository.findPage(Optional.empty(), 10)).containsExactlyInAnyOrder(changed, grace);
        List<String> used = List.of(UserScript.UPDATE_USER.sha1(), UserScript.CLAIM_EMAIL.sha1(),
                UserScript.RELEASE_EMAIL.sha1(), UserScript.PAGE_OF_BUCKET.sha1());
        assertThat(inspector.scriptExists(used)).containsOnly(true);
    }

    @Test
    void callsTheScriptsByTheHashTheServerGivesThem() {
        for (UserScript script : UserScript.values()) {
            assertThat(inspector.scriptLoad(script.source())).as(script.name()).isEqualTo(script.sha1());
        }
    }
}

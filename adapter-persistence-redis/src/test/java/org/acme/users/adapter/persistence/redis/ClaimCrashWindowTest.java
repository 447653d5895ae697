package org.acme.users.adapter.persistence.redis;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.persistence.spi.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * What a process that dies between the steps of a write leaves on a cluster, where a user's record and the claims
 * on its address and its owner live in different slots: the state a crash leaves is made directly (a claim without
 * its commit, a commit without its release), then the contract must still hold. Short leases keep the waits short;
 * the protocol is the one of the default ones.
 */
class ClaimCrashWindowTest {

    private static final ClaimTimes SHORT_LEASES = new ClaimTimes(Duration.ofMillis(1500), Duration.ofMillis(3000));
    private static final Duration REPAIR_BOUND = Duration.ofSeconds(20);

    private static TestDatabase database;
    private static RedisPersistence persistence;
    private static RedisClusterClient inspector;
    private static KeyLayout layout;

    private UserRepository repository;

    @BeforeAll
    static void open() {
        database = RequiredServer.orSkip(new LocalClusterTestDatabases()::create);
        Map<String, String> values = database.settings();
        RedisSettings settings = RedisSettings.of(values.get("REDIS_URL")).withKeyPrefix(values.get("REDIS_KEY_PREFIX"));
        persistence = RedisPersistence.connect(settings, SHORT_LEASES, null);
        inspector = RedisClusterClient.create(settings.address());
        layout = KeyLayout.of(settings.keyPrefix(), KeyLayout.BUCKETS_ON_A_CLUSTER);
    }

    @AfterAll
    static void close() {
        inspector.close();
        persistence.close();
        database.close();
    }

    @BeforeEach
    void startEmpty() {
        persistence.nodeAddresses().stream().filter(KeysUnderPrefix::isPrimary).forEach(node ->
                KeysUnderPrefix.removeAllBut(node, database.settings().get("REDIS_KEY_PREFIX"),
                        KeyLayout.layoutKey(database.settings().get("REDIS_KEY_PREFIX"))));
        repository = persistence.userRepository();
    }

    @Test
    void freesAnAddressWhoseRegistrationDiedAfterClaimingItOnceTheLeaseRunsOut() {
        User ghost = aUser().withEmail("ghost@example.com").build();
        assertThat(JedisClusterCRC16.getSlot(layout.claimKey(ghost.email())))
                .isNotEqualTo(JedisClusterCRC16.getSlot(layout.userKey(ghost.id())));
        List<String> claim = claimAsIfFor(ghost);

        assertThat(repository.findByEmail(ghost.email())).isEmpty();
        assertThat(repository.findById(ghost.id())).isEmpty();
        User newcomer = aUser().withEmail("ghost@example.com").build();
        assertThatThrownBy(() -> repository.insert(newcomer)).isInstanceOf(EmailAlreadyUsedException.class);

        insertOnceTheLeaseRunsOut(newcomer);

        assertThat(repository.findByEmail(ghost.email())).contains(newcomer);
        assertThat(repository.findPage(Optional.empty(), 10)).containsExactly(newcomer);
        assertThat(commitAsIfBy(ghost, claim, Optional.empty())).as("the dead registration, had it woken up")
                .isEqualTo("late");
        assertThat(repository.findById(ghost.id())).isEmpty();
    }

    @Test
    void freesTheOldAddressOfAChangeThatDiedBeforeReleasingItOnceTheLeaseRunsOut() {
        User ada = aUser().withEmail("ada.old@example.com").build();
        repository.insert(ada);
        Map<String, String> oldClaim = inspector.hgetAll(layout.claimKey(ada.email()));
        User moved = ada.changeTo(UserDetails.of("ada.new@example.com", "Ada"), ada.updatedAt());
        repository.update(moved);
        inspector.hset(layout.claimKey(ada.email()), oldClaim);

        assertThat(repository.findByEmail(ada.email())).isEmpty();
        assertThat(repository.findByEmail(moved.email())).contains(moved);
        User newcomer = aUser().withEmail("ada.old@example.com").build();
        insertOnceTheLeaseRunsOut(newcomer);

        assertThat(repository.findByEmail(ada.email())).contains(newcomer);
        assertThat(repository.findById(ada.id())).contains(moved);
    }

    @Test
    void freesTheAddressOfARemovalThatDiedBeforeReleasingItOnceTheLeaseRunsOut() {
        User ada = aUser().withEmail("gone@example.com").build();
        repository.insert(ada);
        Map<String, String> claim = inspector.hgetAll(layout.claimKey(ada.email()));
        repository.delete(ada.id(), ada.version());
        inspector.hset(layout.claimKey(ada.email()), claim);

        assertThat(repository.findByEmail(ada.email())).isEmpty();
        User newcomer = aUser().withEmail("gone@example.com").build();
        insertOnceTheLeaseRunsOut(newcomer);

        assertThat(repository.findByEmail(ada.email())).contains(newcomer);
        assertThat(repository.findPage(Optional.empty(), 10)).containsExactly(newcomer);
    }

    @Test
    void keepsAUserAsItWasWhenAChangeDiedAfterClaimingTheNewAddress() {
        User ada = aUser().withEmail("ada@example.com").build();
        repository.insert(ada);
        User wanted = ada.changeTo(UserDetails.of("wanted@example.com", "Ada"), ada.updatedAt());
        claimAsIfFor(wanted);

        assertThat(repository.findById(ada.id())).contains(ada);
        assertThat(repository.findByEmail(wanted.email())).isEmpty();
        // The user itself may take its own claim up again at once, as a retry of the change would.
        repository.update(wanted);

        assertThat(repository.findByEmail(wanted.email())).contains(wanted);
        assertThat(repository.findByEmail(ada.email())).isEmpty();
    }

    @Test
    void freesTheOwnerOfARegistrationThatDiedAfterClaimingItOnceTheLeaseRunsOut() {
        Owner owner = new Owner("https://issuer.example.org", "ghost {of} 100%");
        User ghost = aUser().withEmail("owned.ghost@example.com").ownedBy(owner).build();
        assertThat(JedisClusterCRC16.getSlot(layout.ownerClaimKey(owner)))
                .isNotEqualTo(JedisClusterCRC16.getSlot(layout.userKey(ghost.id())));
        List<String> emailClaim = claimAsIfFor(ghost);
        List<String> ownerClaim = claim(layout.ownerClaimKey(owner), ghost);

        assertThat(repository.findByOwner(owner)).isEmpty();
        User newcomer = aUser().ownedBy(owner).build();
        assertThatThrownBy(() -> repository.insert(newcomer)).isInstanceOf(OwnerAlreadyRegisteredException.class);
        assertThat(repository.findByEmail(newcomer.email())).as("the refused newcomer's address").isEmpty();

        insertOnceTheLeaseRunsOut(newcomer);

        assertThat(repository.findByOwner(owner)).contains(newcomer);
        assertThat(commitAsIfBy(ghost, emailClaim, Optional.of(ownerClaim)))
                .as("the dead registration, had it woken up").isEqualTo("late");
        assertThat(repository.findById(ghost.id())).isEmpty();
        insertOnceTheLeaseRunsOut(aUser().withEmail(ghost.email()).build());
    }

    @Test
    void freesTheOwnerOfARemovalThatDiedBeforeReleasingItOnceTheLeaseRunsOut() {
        Owner owner = new Owner("https://issuer.example.org", "leaver");
        User ada = aUser().ownedBy(owner).build();
        repository.insert(ada);
        Map<String, String> claim = inspector.hgetAll(layout.ownerClaimKey(owner));
        repository.delete(ada.id(), ada.version());
        inspector.hset(layout.ownerClaimKey(owner), claim);

        assertThat(repository.findByOwner(owner)).isEmpty();
        User newcomer = aUser().ownedBy(owner).build();
        assertThatThrownBy(() -> repository.insert(newcomer)).isInstanceOf(OwnerAlreadyRegisteredException.class);
        insertOnceTheLeaseRunsOut(newcomer);

        assertThat(repository.findByOwner(owner)).contains(newcomer);
        assertThat(repository.findPage(Optional.empty(), 10)).containsExactly(newcomer);
    }

    /** The first step of a registration or change of {@code user}, as the adapter makes it: the claim alone. */
    private static List<String> claimAsIfFor(User user) {
        return claim(layout.claimKey(user.email()), user);
    }

    /** A claim at {@code key} for {@code user}, made by a process that dies right after it. */
    private static List<String> claim(String key, User user) {
        Object reply = inspector.eval(UserScript.CLAIM_EMAIL.source(), List.of(key),
                List.of(user.id().toString(), "token-of-a-dead-process", "", Long.toString(
                        SHORT_LEASES.takeoverAfter().toMillis())));
        List<String> claim = Replies.strings(reply);
        assertThat(claim.get(0)).isEqualTo("claimed");
        return claim;
    }

    /** The last step of a registration whose claims are {@code emailClaim} and {@code ownerClaim}, sent late. */
    private static String commitAsIfBy(User user, List<String> emailClaim, Optional<List<String>> ownerClaim) {
        List<String> args = new ArrayList<>(List.of(user.id().toString()));
        args.addAll(StoredUser.valuesOf(user));
        args.addAll(List.of("token-of-a-dead-process", emailClaim.get(1),
                Long.toString(SHORT_LEASES.commitWindow().toMillis())));
        args.addAll(ownerClaim.isEmpty() ? List.of("", "", "", "0") : List.of(user.owner().orElseThrow().issuer(),
                user.owner().orElseThrow().subject(), "token-of-a-dead-process", ownerClaim.get().get(1)));
        return Replies.strings(inspector.eval(UserScript.INSERT_USER.source(),
                List.of(layout.userKey(user.id()), layout.indexKeyOf(user.id())), args)).get(0);
    }

    /**
     * Registers {@code user}, which is refused while the abandoned claim's lease runs, then accepted. A registration
     * too slow to commit within its own lease (a loaded machine) is refused as unavailable and tried again.
     */
    private void insertOnceTheLeaseRunsOut(User user) {
        assertTimeoutPreemptively(REPAIR_BOUND, () -> {
            while (true) {
                try {
                    repository.insert(user);
                    return;
                } catch (EmailAlreadyUsedException | OwnerAlreadyRegisteredException
                        | RepositoryUnavailableException notYet) {
                    Thread.onSpinWait();
                }
            }
        });
    }
}

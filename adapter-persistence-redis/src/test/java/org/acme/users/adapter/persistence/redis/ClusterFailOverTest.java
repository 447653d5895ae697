package org.acme.users.adapter.persistence.redis;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A primary of a cluster of its own is killed (SIGKILL) while users are registered: its replica takes over, and
 * with {@code REDIS_WAIT_REPLICAS=1} every registration that was acknowledged is still there afterwards. While the
 * promoted replica has no replica of its own, writes to its slots are applied but not confirmed, so they are
 * reported unavailable, never acknowledged; once the killed node is back (as a replica now), all writes are.
 */
class ClusterFailOverTest {

    private static final Duration BOUND = Duration.ofSeconds(60);

    private static LocalRedisCluster cluster;
    private static RedisPersistence persistence;

    @BeforeAll
    static void startACluster() {
        LocalServers.start().stopAndRemoveFiles();
        cluster = LocalRedisCluster.start();
        persistence = RedisPersistence.connect(RedisSettings.of(cluster.url()).withWaitReplicas(1));
    }

    @AfterAll
    static void stopTheCluster() {
        persistence.close();
        cluster.close();
    }

    @Test
    void keepsEveryAcknowledgedWriteThroughAFailOverAndServesAgain() throws InterruptedException {
        UserRepository repository = persistence.userRepository();
        RedisServerProcess victim = cluster.nodes().stream()
                .filter(node -> KeysUnderPrefix.isPrimary(node.address())).findFirst().orElseThrow();
        Set<User> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            while (loading.get()) {
                User user = aUser().build();
                try {
                    repository.insert(user);
                    acknowledged.add(user);
                } catch (RepositoryUnavailableException refusedOrUnconfirmed) {
                    unavailable.incrementAndGet();
                }
            }
        }, "registrations");
        load.start();
        try {
            awaitWithinBound(() -> acknowledged.size() >= 300);
            victim.kill();
            int beforeFailOver = acknowledged.size();
            awaitWithinBound(() -> cluster.nodes().stream().filter(node -> node != victim)
                    .filter(node -> KeysUnderPrefix.isPrimary(node.address())).count() == 3);
            victim.startAgain();
            awaitWithinBound(() -> acknowledged.size() >= beforeFailOver + 300);
        } finally {
            loading.set(false);
            load.join(BOUND.toMillis());
        }

        assertThat(KeysUnderPrefix.isPrimary(victim.address())).as("the killed node came back as a replica").isFalse();
        assertThat(unavailable.get()).as("writes refused or unconfirmed during the fail-over").isPositive();
        List<User> stored = everyUser(repository);
        assertThat(stored).containsAll(acknowledged);
        acknowledged.forEach(user -> assertThat(repository.findById(user.id())).contains(user));
        List<User> afterwards = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            User user = aUser().build();
            repository.insert(user);
            afterwards.add(user);
        }
        assertThat(everyUser(repository)).containsAll(afterwards);
    }

    private static List<User> everyUser(UserRepository repository) {
        List<User> all = new ArrayList<>();
        Optional<UserId> after = Optional.empty();
        List<User> page = repository.findPage(after, 500);
        while (!page.isEmpty()) {
            all.addAll(page);
            page = repository.findPage(Optional.of(page.get(page.size() - 1).id()), 500);
        }
        return all;
    }

    private static void awaitWithinBound(BooleanSupplier condition) {
        assertTimeoutPreemptively(BOUND, () -> {
            while (!condition.getAsBoolean()) {
                Thread.sleep(20);
            }
        });
    }
}

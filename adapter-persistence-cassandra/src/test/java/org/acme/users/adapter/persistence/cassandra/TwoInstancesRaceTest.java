package org.acme.users.adapter.persistence.cassandra;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two service instances (two adapters, each with its own session) on one keyspace of the ring: their conditional
 * writes do not take turns in a process, so they duel in Paxos, and Cassandra's conditions alone must decide.
 */
class TwoInstancesRaceTest {

    private static final int CONTENDERS = 16;

    private static KeyspaceUnderTest keyspace;
    private static CassandraPersistence secondInstance;

    private UserRepository first;

    @BeforeAll
    static void openTwoInstances() {
        SharedClusters.Cluster ring = TestCassandra.ring();
        keyspace = KeyspaceUnderTest.create(ring);
        secondInstance = CassandraPersistence.connect(CassandraSettings.of(ring.contactPoints(),
                CassandraSettings.DEFAULT_DATACENTER, keyspace.keyspace()));
    }

    @AfterAll
    static void closeThem() {
        secondInstance.close();
        keyspace.close();
    }

    @BeforeEach
    void startEmpty() {
        first = keyspace.emptyRepository();
    }

    @Test
    void letsExactlyOneOfTheRegistrationsOfOneAddressFromBothInstancesSucceed() throws Exception {
        List<User> contenders = IntStream.range(0, CONTENDERS)
                .mapToObj(i -> aUser().withEmail("race@example.com").build()).toList();

        List<Throwable> outcomes = race(i -> () -> instance(i).insert(contenders.get(i)));

        assertThat(outcomes).filteredOn(outcome -> outcome == null).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome != null)
                .allMatch(EmailAlreadyUsedException.class::isInstance);
        assertThat(first.findByEmail(EmailAddress.of("race@example.com")).orElseThrow()).isIn(contenders);
    }

    @Test
    void letsExactlyOneOfTheChangesFromOneVersionFromBothInstancesWin() throws Exception {
        User user = aUser().build();
        first.insert(user);
        List<User> changes = IntStream.range(0, CONTENDERS)
                .mapToObj(i -> user.changeTo(UserDetails.of(user.email().value(), "Change " + i), user.updatedAt()))
                .toList();

        List<Throwable> outcomes = race(i -> () -> instance(i).update(changes.get(i)));

        assertThat(outcomes).filteredOn(outcome -> outcome == null).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome != null)
                .allMatch(VersionConflictException.class::isInstance);
        assertThat(secondInstance.userRepository().findById(user.id()).orElseThrow()).isIn(changes);
    }

    private UserRepository instance(int contender) {
        return contender % 2 == 0 ? first : secondInstance.userRepository();
    }

    /** Runs every contender at once; each outcome is null for a success, else what it threw. */
    private static List<Throwable> race(IntFunction<Runnable> contender) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CONTENDERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Throwable>> futures = new ArrayList<>();
            for (int i = 0; i < CONTENDERS; i++) {
                Runnable task = contender.apply(i);
                futures.add(threads.submit(() -> {
                    start.await();
                    try {
                        task.run();
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}

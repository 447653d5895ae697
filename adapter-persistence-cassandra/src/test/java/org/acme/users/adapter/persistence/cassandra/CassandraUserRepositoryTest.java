package org.acme.users.adapter.persistence.cassandra;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.acme.users.adapter.persistence.cassandra.node.CassandraRing;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.testkit.contract.UserRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The port's contract on real Cassandra: on one node (replication factor 1), on a ring of three (replication factor
 * 3, quorum reads and writes), and on that ring while one of its nodes is stopped, which a quorum of two must not
 * notice; the node is then brought back and another stopped, and the quorum with it must still read what was
 * written without it. The outage rules run
 * against the adapter behind a cut relay ({@link UnreachableCassandra}).
 */
class CassandraUserRepositoryTest {

    @Nested
    @TestInstance(Lifecycle.PER_CLASS)
    class OnOneNode extends ContractOnAKeyspace {
        OnOneNode() {
            super(TestCassandra::oneNode);
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "users.cassandra.ring", matches = "true",
            disabledReason = "three Cassandra nodes on two shared cores time out; run with -Dusers.cassandra.ring=true")
    @TestInstance(Lifecycle.PER_CLASS)
    class OnAThreeNodeRing extends ContractOnAKeyspace {
        OnAThreeNodeRing() {
            super(TestCassandra::ring);
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "users.cassandra.ring", matches = "true",
            disabledReason = "three Cassandra nodes on two shared cores time out; run with -Dusers.cassandra.ring=true")
    @TestInstance(Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class OnAThreeNodeRingWithOneNodeStopped extends ContractOnAKeyspace {

        private static final int STOPPED = 2;
        private static final int ANOTHER = 1;

        OnAThreeNodeRingWithOneNodeStopped() {
            super(TestCassandra::ring);
        }

        @BeforeAll
        void stopTheThirdNode() {
            ring().stop(STOPPED);
        }

        @AfterAll
        void bringTheThirdNodeBack() {
            if (!ring().node(STOPPED).isRunning()) {
                restart(STOPPED);
            }
        }

        @Test
        void servesEveryOperationWithTwoOfThreeNodes() {
            assertThat(ring().node(STOPPED).isRunning()).isFalse();
            User user = aUser().build();

            repositoryUnderTest().insert(user);

            assertThat(repositoryUnderTest().findPage(Optional.empty(), 10)).containsExactly(user);
        }

        /**
         * Last, since it brings the node back: a quorum that includes it still reads what was written without it. The
         * other node stopped is not the seed, and each restart waits until the ring agrees on its schema again, so that
         * the keyspace can be dropped afterwards.
         */
        @Test
        @Order(Integer.MAX_VALUE)
        void servesWhatWasWrittenWithoutTheStoppedNodeOnceItIsBackAndAnotherIsDown() {
            List<User> writtenWithoutIt = IntStream.range(0, 5).mapToObj(i -> aUser().build()).toList();
            writtenWithoutIt.forEach(repositoryUnderTest()::insert);

            restart(STOPPED);
            ring().stop(ANOTHER);
            try {
                assertThat(repositoryUnderTest().findPage(Optional.empty(), 10))
                        .containsExactlyElementsOf(writtenWithoutIt);
                writtenWithoutIt.forEach(user ->
                        assertThat(repositoryUnderTest().findByEmail(user.email())).contains(user));
            } finally {
                restart(ANOTHER);
            }
        }

        private void restart(int node) {
            ring().restart(node);
            SchemaChanges.awaitAgreement(TestCassandra.ring().admin());
        }

        private CassandraRing ring() {
            return SharedClusters.ringNodes();
        }
    }

    /** The contract on a fresh keyspace of a shared cluster, emptied before each rule. */
    abstract static class ContractOnAKeyspace extends UserRepositoryContract {

        private final Supplier<SharedClusters.Cluster> cluster;
        private KeyspaceUnderTest keyspace;

        ContractOnAKeyspace(Supplier<SharedClusters.Cluster> cluster) {
            this.cluster = cluster;
        }

        @BeforeAll
        void createTheKeyspace() {
            keyspace = KeyspaceUnderTest.create(cluster.get());
        }

        @AfterAll
        void dropTheKeyspace() {
            if (keyspace != null) {
                keyspace.close();
            }
        }

        @Override
        protected UserRepository emptyRepository() {
            return keyspace.emptyRepository();
        }

        @Override
        protected UserRepository unreachableRepository() {
            return UnreachableCassandra.shared().persistence().userRepository();
        }

        @Override
        public Optional<DatabaseHealth> healthOf(UserRepository repository) {
            CassandraPersistence unreachable = UnreachableCassandra.shared().persistence();
            return Optional.of(repository == unreachable.userRepository()
                    ? unreachable.databaseHealth()
                    : keyspace.persistence().databaseHealth());
        }
    }
}

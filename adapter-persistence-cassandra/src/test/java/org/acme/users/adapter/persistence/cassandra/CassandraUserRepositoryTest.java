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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * The port's contract on real Cassandra: on one node (replication factor 1), on a ring of three (replication factor
 * 3, quorum reads and writes), and on that ring while one of its nodes is stopped, which a quorum of two must not
 * notice; the node is brought back afterwards and must serve what was written without it. The outage rules run
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
    @TestInstance(Lifecycle.PER_CLASS)
    class OnAThreeNodeRing extends ContractOnAKeyspace {
        OnAThreeNodeRing() {
            super(TestCassandra::ring);
        }
    }

    @Nested
    @TestInstance(Lifecycle.PER_CLASS)
    class OnAThreeNodeRingWithOneNodeStopped extends ContractOnAKeyspace {

        private static final int STOPPED = 2;

        private final List<User> writtenWithoutIt = IntStream.range(0, 5).mapToObj(i -> aUser().build()).toList();

        OnAThreeNodeRingWithOneNodeStopped() {
            super(TestCassandra::ring);
        }

        @BeforeAll
        void stopTheThirdNode() {
            ring().stop(STOPPED);
        }

        @AfterAll
        void bringItBackAndReadWhatWasWrittenWithoutIt() {
            UserRepository repository = emptyRepository();
            writtenWithoutIt.forEach(repository::insert);
            ring().restart(STOPPED);
            ring().stop(0); // now the restarted node must be one of the quorum

            try {
                writtenWithoutIt.forEach(user -> assertThat(repository.findById(user.id())).contains(user));
            } finally {
                ring().restart(0);
            }
        }

        @Test
        void servesEveryOperationWithTwoOfThreeNodes() {
            assertThat(ring().node(STOPPED).isRunning()).isFalse();
            User user = aUser().build();

            repositoryUnderTest().insert(user);

            assertThat(repositoryUnderTest().findPage(Optional.empty(), 10)).containsExactly(user);
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
            keyspace.close();
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

package org.acme.users.adapter.persistence.cassandra;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acme.users.persistence.spi.TestDatabase;
import org.acme.users.persistence.spi.TestDatabaseKind;
import org.acme.users.persistence.spi.TestDatabaseUnavailableException;

/**
 * The databases tests run the adapter on: one node, and a ring of three with replication factor 3, each started once
 * per JVM (see {@link SharedClusters}); every {@link TestDatabaseKind#create()} gives a keyspace of its own, created
 * by the adapter when it opens and dropped again by {@link TestDatabase#close()}.
 */
final class CassandraTestDatabases {

    private CassandraTestDatabases() {
    }

    /**
     * One node always; the ring of three only with {@code -Dusers.cassandra.ring=true}: on a machine of two shared
     * cores its nodes time out each other's heartbeats under the service suites' load.
     */
    static List<TestDatabaseKind> kinds() {
        TestDatabaseKind node = kind("cassandra on one node", false);
        return Boolean.getBoolean("users.cassandra.ring")
                ? List.of(node, kind("cassandra on a three-node ring", true))
                : List.of(node);
    }

    private static TestDatabaseKind kind(String description, boolean ring) {
        return new TestDatabaseKind() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public TestDatabase create() {
                try {
                    SharedClusters.Cluster cluster = ring ? SharedClusters.ring() : SharedClusters.oneNode();
                    return new KeyspaceOfItsOwn(cluster, ring);
                } catch (RuntimeException e) {
                    throw new TestDatabaseUnavailableException("no Cassandra for '" + description + "': "
                            + e.getMessage(), e);
                }
            }
        };
    }

    static String uniqueKeyspace() {
        return "users_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A keyspace named for one test class on a shared node or ring. */
    private static final class KeyspaceOfItsOwn implements TestDatabase {

        private final SharedClusters.Cluster cluster;
        private final boolean ring;
        private final String keyspace = uniqueKeyspace();

        KeyspaceOfItsOwn(SharedClusters.Cluster cluster, boolean ring) {
            this.cluster = cluster;
            this.ring = ring;
        }

        @Override
        public Map<String, String> settings() {
            return settingsFor(cluster.contactPoints());
        }

        /**
         * A relay can stand in front of the single node only. The driver learns the address of every node of a ring
         * from the nodes themselves ({@code system.peers}) and connects to each directly, so a relay in front of one
         * would carry one connection of three and cutting it would not make the database unreachable.
         */
        @Override
        public Optional<InetSocketAddress> serverAddress() {
            return ring ? Optional.empty() : Optional.of(cluster.contactPoints().get(0));
        }

        @Override
        public Map<String, String> settingsVia(InetSocketAddress address) {
            if (ring) {
                throw new UnsupportedOperationException("a ring cannot be reached through one relay");
            }
            return settingsFor(List.of(address));
        }

        private Map<String, String> settingsFor(List<InetSocketAddress> contactPoints) {
            return Map.of(
                    CassandraPersistenceProvider.CONTACT_POINTS.name(), contactPoints.stream()
                            .map(point -> point.getHostString() + ":" + point.getPort())
                            .collect(Collectors.joining(",")),
                    CassandraPersistenceProvider.LOCAL_DATACENTER.name(), CassandraSettings.DEFAULT_DATACENTER,
                    CassandraPersistenceProvider.KEYSPACE.name(), keyspace);
        }

        @Override
        public void close() {
            SchemaChanges.apply(cluster.admin(), "DROP KEYSPACE IF EXISTS " + keyspace);
        }
    }
}

package org.acme.users.adapter.persistence.cassandra;

import java.net.InetSocketAddress;
import java.util.List;
import org.acme.users.testkit.net.TcpRelay;

/**
 * The adapter connected to the shared node through a relay that is then cut for good: every connection is dropped
 * and every new one refused, as when the node has crashed. One per JVM, with a keyspace of its own. It stands for
 * "no database" for the ring too, because a relay cannot cut a ring (the driver reaches each node directly).
 */
final class UnreachableCassandra {

    private static UnreachableCassandra shared;

    private final CassandraPersistence persistence;

    private UnreachableCassandra(CassandraPersistence persistence) {
        this.persistence = persistence;
    }

    static synchronized UnreachableCassandra shared() {
        if (shared == null) {
            SharedClusters.Cluster node = TestCassandra.oneNode();
            InetSocketAddress target = node.contactPoints().get(0);
            TcpRelay relay = TcpRelay.start(target.getHostString(), target.getPort());
            String keyspace = CassandraTestDatabases.uniqueKeyspace();
            CassandraPersistence persistence = CassandraPersistence.connect(CassandraSettings.of(
                    List.of(new InetSocketAddress("127.0.0.1", relay.port())),
                    CassandraSettings.DEFAULT_DATACENTER, keyspace));
            relay.cut();
            shared = new UnreachableCassandra(persistence);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                persistence.close();
                relay.close();
            }, "close-unreachable-cassandra"));
        }
        return shared;
    }

    CassandraPersistence persistence() {
        return persistence;
    }
}

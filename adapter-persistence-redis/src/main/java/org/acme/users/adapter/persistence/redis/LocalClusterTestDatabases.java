package org.acme.users.adapter.persistence.redis;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import org.acme.users.persistence.spi.TestDatabase;
import org.acme.users.persistence.spi.TestDatabaseKind;
import org.acme.users.persistence.spi.TestDatabaseUnavailableException;

/**
 * Test databases on a Redis Cluster of three primaries and three replicas that this JVM starts on loopback ports
 * and shares between them until it exits ({@link SharedLocalCluster}); each one a key prefix of its own, writes confirmed by a
 * replica. No relay can stand in front of it: a cluster's nodes tell clients their own addresses, and clients then
 * connect to each node directly, so {@link TestDatabase#serverAddress()} is empty.
 */
final class LocalClusterTestDatabases implements TestDatabaseKind {

    @Override
    public String description() {
        return "redis on a cluster";
    }

    @Override
    public TestDatabase create() {
        if (LocalRedisCluster.serverBinary().isEmpty()) {
            throw new TestDatabaseUnavailableException("redis-server is not installed, so no local Redis Cluster can"
                    + " be started (apt-get install redis-server redis-tools)", null);
        }
        LocalRedisCluster cluster;
        try {
            cluster = SharedLocalCluster.acquire();
        } catch (RuntimeException e) {
            throw new TestDatabaseUnavailableException("the local Redis Cluster did not start: " + e.getMessage(), e);
        }
        return new ClusterDatabase(cluster, KeysUnderPrefix.uniquePrefix());
    }

    private record ClusterDatabase(LocalRedisCluster cluster, String prefix) implements TestDatabase {

        @Override
        public Map<String, String> settings() {
            return Map.of(RedisPersistenceProvider.URL.name(), cluster.url(),
                    RedisPersistenceProvider.KEY_PREFIX.name(), prefix,
                    RedisPersistenceProvider.WAIT_REPLICAS.name(), "1");
        }

        @Override
        public Optional<InetSocketAddress> serverAddress() {
            return Optional.empty();
        }

        @Override
        public Map<String, String> settingsVia(InetSocketAddress address) {
            throw new UnsupportedOperationException("a Redis Cluster cannot be reached through one relay: its nodes"
                    + " announce their own addresses, which clients then use directly");
        }

        @Override
        public void close() {
            cluster.nodes().stream()
                    .map(RedisServerProcess::address)
                    .filter(KeysUnderPrefix::isPrimary)
                    .forEach(node -> KeysUnderPrefix.remove(node, prefix));
        }
    }
}

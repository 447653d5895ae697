package org.acme.users.adapter.persistence.redis;

import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;
import redis.clients.jedis.Connection;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Asks the server (on a cluster, the node that holds the layout key) for its version: one round trip, one
 * attempt, bounded by the reply timeout, so a load balancer's probe gets its answer in time.
 */
final class RedisDatabaseHealth implements DatabaseHealth {

    static final String ADAPTER = "redis";

    private final RedisNodes nodes;
    private final String probeKey;
    private volatile String lastSeenDatabase;

    RedisDatabaseHealth(RedisNodes nodes, String probeKey, String serverDescription) {
        this.nodes = nodes;
        this.probeKey = probeKey;
        this.lastSeenDatabase = serverDescription;
    }

    @Override
    public DatabaseStatus check() {
        try (Connection connection = nodes.connectionFor(probeKey)) {
            lastSeenDatabase = describe(connection, nodes.isCluster());
            return new DatabaseStatus(ADAPTER, lastSeenDatabase, true);
        } catch (JedisException | IllegalStateException e) {
            return new DatabaseStatus(ADAPTER, lastSeenDatabase, false);
        }
    }

    /** {@code Redis 7.0.15}, or {@code Redis 7.0.15 cluster}, from {@code INFO server}. */
    static String describe(Connection connection, boolean cluster) {
        String info = connection.executeCommand(RedisCalls.COMMANDS.info("server"));
        String version = InfoFields.of(info).get("redis_version").orElse("(version unknown)");
        return "Redis " + version + (cluster ? " cluster" : "");
    }
}

package org.acme.users.adapter.persistence.redis;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Asks a server for its version on a connection of its own, outside the pools: a busy pool must not delay a load
 * balancer's probe, and a pool replaces a broken connection in the thread that gives it back, which during an
 * outage would cost the probe another timeout. On a cluster the probe asks the nodes it knows, the URL's first,
 * until one says the cluster serves every slot, all within {@link #BUDGET}.
 */
final class RedisDatabaseHealth implements DatabaseHealth {

    static final String ADAPTER = "redis";
    private static final Duration BUDGET = Duration.ofMillis(1500);
    private static final int MAX_TIMEOUT_MILLIS = 1000;
    private static final int LEAST_TIMEOUT_MILLIS = 100;

    private final RedisNodes nodes;
    private final HostAndPort seed;
    private final JedisClientConfig clientConfig;
    private volatile String lastSeenDatabase;

    RedisDatabaseHealth(RedisNodes nodes, HostAndPort seed, JedisClientConfig clientConfig, String serverDescription) {
        this.nodes = nodes;
        this.seed = seed;
        this.clientConfig = clientConfig;
        this.lastSeenDatabase = serverDescription;
    }

    @Override
    public DatabaseStatus check() {
        long giveUpAt = System.nanoTime() + BUDGET.toNanos();
        Set<HostAndPort> candidates = new LinkedHashSet<>();
        candidates.add(seed);
        if (nodes.isCluster()) {
            nodes.pools().keySet().forEach(node -> candidates.add(HostAndPort.from(node)));
        }
        for (HostAndPort node : candidates) {
            int millis = (int) Math.min(MAX_TIMEOUT_MILLIS, (giveUpAt - System.nanoTime()) / 1_000_000);
            if (millis < LEAST_TIMEOUT_MILLIS) {
                break;
            }
            JedisClientConfig bounded = DefaultJedisClientConfig.builder().from(clientConfig).timeoutMillis(millis)
                    .build();
            try (Connection connection = new Connection(clientConfig.getHostAndPortMapper() == null
                    ? node : clientConfig.getHostAndPortMapper().getHostAndPort(node), bounded)) {
                if (!nodes.isCluster() || servesEverySlot(connection)) {
                    lastSeenDatabase = describe(connection, nodes.isCluster());
                    return new DatabaseStatus(ADAPTER, lastSeenDatabase, true);
                }
            } catch (JedisException | IllegalStateException e) {
                // This node is down or cut off; the next one may answer.
            }
        }
        return new DatabaseStatus(ADAPTER, lastSeenDatabase, false);
    }

    /** {@code Redis 7.0.15}, or {@code Redis 7.0.15 cluster}, from {@code INFO server} where it is allowed. */
    static String describe(Connection connection, boolean cluster) {
        String version;
        try {
            version = InfoFields.of(connection.executeCommand(RedisCalls.COMMANDS.info("server")))
                    .get("redis_version").orElse("(version not told)");
        } catch (JedisDataException infoRefused) {
            connection.executeCommand(RedisCalls.COMMANDS.ping());
            version = "(version not told)";
        }
        return "Redis " + version + (cluster ? " cluster" : "");
    }

    static boolean servesEverySlot(Connection connection) {
        String info = connection.executeCommand(new CommandObject<>(
                new CommandArguments(Protocol.Command.CLUSTER).add("INFO"), BuilderFactory.STRING));
        return InfoFields.of(info).get("cluster_state").filter("ok"::equals).isPresent();
    }
}

package org.acme.users.adapter.persistence.redis;

import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserRepository;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.HostAndPortMapper;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The Redis adapter, ready to use: {@link #connect} finds out whether the URL names a single server or a node of a
 * cluster, checks that it answers and whether it keeps data on disk, and reads (or fixes, on first use) the key
 * layout; the ports it hands out share its pools, which {@link #close} closes. Safe for concurrent use.
 */
public final class RedisPersistence implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisPersistence.class);
    private static final int POOL_SIZE = 16;
    /** How long a write waits for its replicas; short, since the caller is waiting too. */
    private static final Duration WAIT_TIMEOUT = Duration.ofSeconds(1);

    private final RedisNodes nodes;
    private final UserRepository users;
    private final DatabaseHealth health;
    private final MeterBinder poolMetrics;
    private final List<DurabilityCheck.Finding> durability;

    private RedisPersistence(RedisNodes nodes, UserRepository users, DatabaseHealth health, MeterBinder poolMetrics,
            List<DurabilityCheck.Finding> durability) {
        this.nodes = nodes;
        this.users = users;
        this.health = health;
        this.poolMetrics = poolMetrics;
        this.durability = durability;
    }

    /**
     * Connects and prepares, or fails at once: a server that cannot be reached within the timeout is a
     * {@link RepositoryUnavailableException}, one that refuses (a wrong password, a data set of another layout) an
     * {@link IllegalStateException} saying why.
     */
    public static RedisPersistence connect(RedisSettings settings) {
        return connect(settings, ClaimTimes.DEFAULT, null);
    }

    /** As {@link #connect(RedisSettings)}, with other leases, and cluster nodes reached at mapped addresses. */
    static RedisPersistence connect(RedisSettings settings, ClaimTimes times, HostAndPortMapper clusterAddresses) {
        JedisClientConfig clientConfig = DefaultJedisClientConfig.builder()
                .from(settings.clientConfig())
                .hostAndPortMapper(clusterAddresses)
                .build();
        RedisNodes nodes = open(settings, clientConfig);
        try {
            String description = describe(nodes, KeyLayout.layoutKey(settings.keyPrefix()));
            KeyLayout layout = LayoutRecord.readOrFix(nodes, settings, new RedisCalls(nodes, settings.deadline(), 0,
                    WAIT_TIMEOUT));
            List<DurabilityCheck.Finding> durability = DurabilityCheck.checkAndWarn(nodes);
            if (nodes.isCluster() && settings.waitReplicas() == 0) {
                LOG.warn("Redis Cluster at {}: writes are acknowledged once their primary has them, so a fail-over"
                        + " can lose the last ones; set REDIS_WAIT_REPLICAS=1 to wait for a replica.",
                        settings.address());
            }
            RedisCalls calls = new RedisCalls(nodes, settings.deadline(), settings.waitReplicas(), WAIT_TIMEOUT);
            return new RedisPersistence(nodes, new RedisUserRepository(calls, layout, times),
                    new RedisDatabaseHealth(nodes, settings.address(), clientConfig, description),
                    new RedisPoolMetrics(nodes, settings.address().toString()), durability);
        } catch (RuntimeException e) {
            nodes.close();
            throw e;
        }
    }

    private static RedisNodes open(RedisSettings settings, JedisClientConfig clientConfig) {
        GenericObjectPoolConfig<Connection> pool = poolConfig(settings.timeout());
        boolean cluster;
        try (Connection probe = new Connection(settings.address(), settings.clientConfig())) {
            cluster = isCluster(probe);
        } catch (JedisException e) {
            throw RedisStartFailures.of(e, settings);
        }
        try {
            return cluster ? ClusterNodes.connect(settings, clientConfig, pool) : SingleServer.connect(settings, pool);
        } catch (JedisException e) {
            throw RedisStartFailures.of(e, settings);
        }
    }

    /** {@code CLUSTER INFO} answers on a cluster node only; a server that refuses it is taken as a single one. */
    private static boolean isCluster(Connection probe) {
        try {
            RedisDatabaseHealth.servesEverySlot(probe);
            return true;
        } catch (JedisDataException notACluster) {
            probe.executeCommand(RedisCalls.COMMANDS.ping());
            return false;
        }
    }

    private static String describe(RedisNodes nodes, String probeKey) {
        try (Connection connection = nodes.connectionFor(probeKey)) {
            return RedisDatabaseHealth.describe(connection, nodes.isCluster());
        } catch (JedisException e) {
            throw new RepositoryUnavailableException("Redis could not be reached at start-up", e);
        }
    }

    private static GenericObjectPoolConfig<Connection> poolConfig(Duration timeout) {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(POOL_SIZE);
        pool.setMaxIdle(POOL_SIZE);
        pool.setMinIdle(0);
        // Jedis' pool waits for ever by default; a request must fail in seconds instead.
        pool.setMaxWait(timeout);
        pool.setBlockWhenExhausted(true);
        return pool;
    }

    public UserRepository userRepository() {
        return users;
    }

    public DatabaseHealth databaseHealth() {
        return health;
    }

    /** The pools' gauges, for the service's meter registry. */
    public MeterBinder poolMetrics() {
        return poolMetrics;
    }

    /** What the check at start found about each server's persistence. */
    List<DurabilityCheck.Finding> durability() {
        return durability;
    }

    /** Every node the adapter knows of, primaries and replicas. */
    List<HostAndPort> nodeAddresses() {
        return nodes.pools().keySet().stream().map(HostAndPort::from).toList();
    }

    /** Closes the pools and their connections; the ports fail from then on. */
    @Override
    public void close() {
        nodes.close();
    }
}

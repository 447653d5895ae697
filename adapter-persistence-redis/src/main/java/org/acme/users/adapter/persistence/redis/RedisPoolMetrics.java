package org.acme.users.adapter.persistence.redis;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToIntFunction;
import redis.clients.jedis.Connection;
import redis.clients.jedis.util.Pool;

/**
 * The connection pools as gauges, tagged {@code pool} with the server's address: connections in use, idle ones,
 * and threads waiting for one. On a cluster each figure is the sum over the pools of all nodes known at the time
 * of reading, so nodes that join after a fail-over count too.
 */
final class RedisPoolMetrics implements MeterBinder {

    private final RedisNodes nodes;
    private final String poolName;

    RedisPoolMetrics(RedisNodes nodes, String poolName) {
        this.nodes = nodes;
        this.poolName = poolName;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "redis.pool.connections.active", "connections lent out to a command", Pool::getNumActive);
        gauge(registry, "redis.pool.connections.idle", "open connections waiting in the pool", Pool::getNumIdle);
        gauge(registry, "redis.pool.connections.pending", "threads waiting for a connection", Pool::getNumWaiters);
    }

    private void gauge(MeterRegistry registry, String name, String description,
            ToIntFunction<Pool<Connection>> figure) {
        Gauge.builder(name, nodes, servers -> servers.pools().values().stream().mapToInt(figure).sum())
                .description(description)
                .tag("pool", poolName)
                .strongReference(true)
                .register(registry);
    }
}

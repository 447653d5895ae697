package org.acme.users.adapter.persistence.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.Pool;

/** One Redis server (or a managed endpoint that looks like one), through one pool of connections. */
final class SingleServer implements RedisNodes {

    private final RedisClient client;
    private final String address;

    private SingleServer(RedisClient client, String address) {
        this.client = client;
        this.address = address;
    }

    static SingleServer connect(RedisSettings settings, GenericObjectPoolConfig<Connection> poolConfig) {
        RedisClient client = RedisClient.builder()
                .hostAndPort(settings.address())
                .clientConfig(settings.clientConfig())
                .poolConfig(poolConfig)
                .build();
        return new SingleServer(client, settings.address().toString());
    }

    @Override
    public boolean isCluster() {
        return false;
    }

    @Override
    public Connection connectionFor(String key) {
        return client.getPool().getResource();
    }

    @Override
    public void recoverFrom(Connection failed) {
        client.getPool().clear();
    }

    @Override
    public void refreshTopology() {
        // A single server has no slots to learn.
    }

    /** On one connection one after another: a single server has one bucket, so this is seldom more than one call. */
    @Override
    public List<Object> evaluateTogether(List<ScriptCall> calls) {
        List<Object> replies = new ArrayList<>(calls.size());
        for (ScriptCall call : calls) {
            try (Connection connection = connectionFor(call.keys().get(0))) {
                replies.add(RedisCalls.evaluate(connection, call.script(), call.keys(), call.args()));
            } catch (RuntimeException failure) {
                replies.add(failure);
            }
        }
        return replies;
    }

    @Override
    public Map<String, Pool<Connection>> pools() {
        return Map.of(address, client.getPool());
    }

    @Override
    public void close() {
        client.close();
    }
}

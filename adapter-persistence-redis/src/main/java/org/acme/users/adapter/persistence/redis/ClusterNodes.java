package org.acme.users.adapter.persistence.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Connection;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.util.JedisClusterCRC16;
import redis.clients.jedis.util.Pool;

/**
 * The primaries of a Redis Cluster, found from any one node, with a pool of connections to each. Jedis keeps the
 * map of slots to nodes; this adapter asks it to learn the map again whenever a node fails or redirects.
 */
final class ClusterNodes implements RedisNodes {

    /** How often the slot map is read again even when nothing failed, e.g. after a planned fail-over. */
    private static final Duration TOPOLOGY_REFRESH = Duration.ofSeconds(5);

    private final RedisClusterClient client;

    private ClusterNodes(RedisClusterClient client) {
        this.client = client;
    }

    static ClusterNodes connect(RedisSettings settings, JedisClientConfig clientConfig,
            GenericObjectPoolConfig<Connection> poolConfig) {
        RedisClusterClient client = RedisClusterClient.builder()
                .nodes(Set.of(settings.address()))
                .clientConfig(clientConfig)
                .poolConfig(poolConfig)
                // The adapter sends on borrowed connections and retries only what surely did not run.
                .maxAttempts(1)
                .maxTotalRetriesDuration(settings.deadline())
                .topologyRefreshPeriod(TOPOLOGY_REFRESH)
                .build();
        return new ClusterNodes(client);
    }

    @Override
    public boolean isCluster() {
        return true;
    }

    @Override
    public Connection connectionFor(String key) {
        return client.getConnectionFromSlot(JedisClusterCRC16.getSlot(key));
    }

    @Override
    public void recoverFrom(Connection failed) {
        Pool<Connection> pool = client.getClusterNodes().get(failed.getHostAndPort().toString());
        if (pool != null) {
            pool.clear();
        }
        client.refreshClusterTopology();
    }

    @Override
    public void refreshTopology() {
        client.refreshClusterTopology();
    }

    /** Through a cluster pipeline, which sends each node its share at once and syncs the nodes in parallel. */
    @Override
    public List<Object> evaluateTogether(List<ScriptCall> calls) {
        List<Object> replies = new ArrayList<>(calls.size());
        try (AbstractPipeline pipeline = client.pipelined()) {
            List<Response<Object>> responses = new ArrayList<>(calls.size());
            for (ScriptCall call : calls) {
                responses.add(pipeline.evalsha(call.script().sha1(), call.keys(), call.args()));
            }
            pipeline.sync();
            for (Response<Object> response : responses) {
                replies.add(replyOf(response));
            }
        } catch (RuntimeException failure) {
            while (replies.size() < calls.size()) {
                replies.add(failure);
            }
        }
        return replies;
    }

    private static Object replyOf(Response<Object> response) {
        try {
            return response.get();
        } catch (RuntimeException failure) {
            // A script the node does not know yet, a moved slot, a lost connection: the caller runs it on its own.
            return failure;
        }
    }

    @Override
    public Map<String, Pool<Connection>> pools() {
        return new TreeMap<>(client.getClusterNodes());
    }

    @Override
    public void close() {
        client.close();
    }
}

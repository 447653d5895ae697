package org.acme.users.adapter.persistence.redis;

import java.util.List;
import java.util.Map;
import redis.clients.jedis.Connection;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.Pool;

/**
 * The Redis servers the adapter talks to, a single one or the primaries of a cluster, each behind a pool of
 * connections. The adapter sends every command on a connection it borrows here, so that a script and the
 * {@code WAIT} after it share one connection, and so that it alone decides what may be tried again.
 */
interface RedisNodes extends AutoCloseable {

    /** Whether the servers are a Redis Cluster, whose scripts may touch the keys of one hash slot only. */
    boolean isCluster();

    /**
     * A connection to the server that holds {@code key}; {@link Connection#close()} gives it back.
     *
     * @throws redis.clients.jedis.exceptions.JedisException when none can be had within the timeout
     */
    Connection connectionFor(String key);

    /**
     * After a network failure on {@code failed}: drops the idle connections to its server, which are likely
     * dead too (a restart, a fail-over), and learns again which node serves which slots.
     */
    void recoverFrom(Connection failed);

    /** After a redirection or a refusal of a node that no longer serves a slot: learns the slots again. */
    void refreshTopology();

    /** As {@link #recoverFrom}, when the failure being handled matters more than one while recovering. */
    default void recoverFromQuietly(Connection failed) {
        try {
            recoverFrom(failed);
        } catch (JedisException stillDown) {
            // No node answered either; the next attempt tries again.
        }
    }

    /** As {@link #refreshTopology}, when the failure being handled matters more than one while refreshing. */
    default void refreshTopologyQuietly() {
        try {
            refreshTopology();
        } catch (JedisException stillDown) {
            // No node answered either; the next attempt tries again.
        }
    }

    /**
     * Runs read-only scripts together: all are sent before any reply is awaited, so the whole costs about one round
     * trip per node, the nodes in parallel. Each reply is the script's answer, or the exception that call met.
     */
    List<Object> evaluateTogether(List<ScriptCall> calls);

    /** The connection pool of every known node, by {@code host:port}. */
    Map<String, Pool<Connection>> pools();

    @Override
    void close();
}

package org.acme.users.adapter.persistence.redis;

import redis.clients.jedis.params.SetParams;

/**
 * The number of buckets a data set uses, kept in the data set itself: fixed by the first adapter that writes to
 * it (one on a single server, {@value KeyLayout#BUCKETS_ON_A_CLUSTER} on a cluster) and read by every later one,
 * so that a restart, or an adapter started against a different kind of server, finds every user where it is.
 */
final class LayoutRecord {

    private LayoutRecord() {
    }

    static KeyLayout readOrFix(RedisNodes nodes, RedisSettings settings, RedisCalls calls) {
        String key = KeyLayout.layoutKey(settings.keyPrefix());
        String wanted = Integer.toString(nodes.isCluster() ? KeyLayout.BUCKETS_ON_A_CLUSTER : 1);
        String stored = calls.write(key, "layout check", connection -> {
            connection.executeCommand(RedisCalls.COMMANDS.set(key, wanted, new SetParams().nx()));
            return connection.executeCommand(RedisCalls.COMMANDS.get(key));
        });
        try {
            return KeyLayout.of(settings.keyPrefix(), Integer.parseInt(stored));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the key " + key + " says " + stored
                    + ", which is no layout of this adapter: is the key prefix shared with something else?", e);
        }
    }
}

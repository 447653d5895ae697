package org.acme.users.benchmarks.store;

import java.net.URI;
import org.acme.users.adapter.persistence.redis.RedisPersistence;
import org.acme.users.adapter.persistence.redis.RedisSettings;
import org.acme.users.domain.model.UserId;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * A key prefix of its own on a single Redis server, with the adapter on it and a raw Jedis client of its own. The
 * server keeps the seed users between benchmark JVMs (in memory, for as long as it runs).
 */
public final class RedisStore implements BenchmarkStore {

    private static final int SEED_BATCH = 1000;

    private final RedisPersistence adapter;
    private final UnifiedJedis client;
    private final UserOperations port;
    private final RedisOperations raw;
    private final String product;

    private RedisStore(RedisPersistence adapter, UnifiedJedis client, RedisOperations raw) {
        this.adapter = adapter;
        this.client = client;
        this.port = new PortOperations(adapter.userRepository());
        this.raw = raw;
        this.product = adapter.databaseHealth().check().database();
    }

    /** Opens the users under {@code prefix} on the server at {@code url}, seeding them unless they are the seed. */
    public static RedisStore open(String label, String url, String prefix, int users) {
        RedisPersistence adapter = RedisPersistence.connect(RedisSettings.of(url).withKeyPrefix(prefix));
        UnifiedJedis client = RedisClient.create(URI.create(url));
        try {
            RedisOperations raw = new RedisOperations(client, prefix);
            SeededData.ensure(label, users, raw.storedUsers(), adapter.userRepository(),
                    seedUsers -> replaceAllWithSeedUsers(client, raw, prefix, seedUsers));
            RedisStore store = new RedisStore(adapter, client, raw);
            RunLog.note("database", label, store.product);
            return store;
        } catch (RuntimeException e) {
            client.close();
            adapter.close();
            throw new IllegalStateException("cannot open " + label + ": " + e.getMessage(), e);
        }
    }

    @Override
    public UserOperations port() {
        return port;
    }

    @Override
    public UserOperations raw() {
        return raw;
    }

    @Override
    public void discard(UserId id) {
        raw.discard(id);
    }

    @Override
    public String product() {
        return product;
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            adapter.close();
        }
    }

    /** Removes every key under the prefix but the layout, then writes the seed users, a thousand per round trip. */
    private static void replaceAllWithSeedUsers(UnifiedJedis client, RedisOperations raw, String prefix, int count) {
        ScanParams match = new ScanParams().match(prefix + "*").count(SEED_BATCH);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> batch = client.scan(cursor, match);
            batch.getResult().stream().filter(key -> !key.equals(prefix + "layout")).forEach(client::unlink);
            cursor = batch.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        for (int first = 0; first < count; first += SEED_BATCH) {
            try (AbstractPipeline pipeline = client.pipelined()) {
                for (int i = first; i < Math.min(count, first + SEED_BATCH); i++) {
                    raw.seed(pipeline, SeedUsers.number(i));
                }
            }
        }
    }
}

package org.acme.users.benchmarks.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.acme.users.adapter.persistence.redis.RedisPersistence;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * The operations as the Redis calls the adapter comes down to, made straight through Jedis on a single server, in
 * the adapter's documented key layout (one bucket): the same server-side scripts by their hash, plain
 * {@code HMGET}/{@code HGET} for reads, rows built from the replies and nothing else. A registration is its two
 * steps (claim, then record), a removal its two (record, then release).
 */
public final class RedisOperations implements UserOperations {

    // The owner fields too, as the adapter reads them, though the benchmark's users have none.
    private static final String[] FIELDS = {"email", "name", "createdAt", "updatedAt", "version", "ownerIssuer",
        "ownerSubject"};
    private static final String TAKEOVER_AFTER_MILLIS = "15000";
    private static final String COMMIT_WINDOW_MILLIS = "5000";

    private final UnifiedJedis redis;
    private final String prefix;
    private final String userKeyStem;
    private final String indexKey;
    private final String claimSha;
    private final String insertSha;
    private final String updateSha;
    private final String deleteSha;
    private final String releaseSha;
    private final String pageSha;

    public RedisOperations(UnifiedJedis redis, String prefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.prefix = prefix;
        String tag = singleBucketTag();
        this.userKeyStem = prefix + "user:{" + tag + "}";
        this.indexKey = prefix + "ids:{" + tag + "}";
        this.claimSha = load("claim-email.lua");
        this.insertSha = load("insert-user.lua");
        this.updateSha = load("update-user.lua");
        this.deleteSha = load("delete-user.lua");
        this.releaseSha = load("release-email.lua");
        this.pageSha = load("page-of-bucket.lua");
    }

    @Override
    public void insert(User user) {
        List<?> claim = (List<?>) redis.evalsha(claimSha, List.of(claimKey(user.email().value())),
                List.of(user.id().toString(), "bench-" + user.id(), "", TAKEOVER_AFTER_MILLIS));
        require("claimed".equals(claim.get(0)), user.id());
        List<String> args = new ArrayList<>(List.of(user.id().toString(), user.email().value(), user.name().value(),
                Long.toString(user.createdAt().toEpochMilli()), Long.toString(user.updatedAt().toEpochMilli()),
                Long.toString(user.version()), "bench-" + user.id(), claim.get(1).toString(), COMMIT_WINDOW_MILLIS));
        require("stored".equals(redis.evalsha(insertSha, List.of(userKeyStem + user.id(), indexKey), args)), user.id());
    }

    @Override
    public Object findById(UserId id) {
        return row(id.value(), redis.hmget(userKeyStem + id, FIELDS));
    }

    @Override
    public Object findByEmail(EmailAddress email) {
        String owner = redis.hget(claimKey(email.value()), "owner");
        require(owner != null, email);
        UserRow row = row(UUID.fromString(owner), redis.hmget(userKeyStem + owner, FIELDS));
        require(row.email().equals(email.value()), email);
        return row;
    }

    @Override
    public void change(User changed) {
        List<String> args = List.of(Long.toString(changed.version() - 1), changed.email().value(),
                changed.name().value(), Long.toString(changed.createdAt().toEpochMilli()),
                Long.toString(changed.updatedAt().toEpochMilli()), Long.toString(changed.version()), "", "0", "0");
        List<?> reply = (List<?>) redis.evalsha(updateSha, List.of(userKeyStem + changed.id()), args);
        require("stored".equals(reply.get(0)), changed.id());
    }

    @Override
    public List<UserRow> pageAfter(UserId after, int limit) {
        List<?> reply = (List<?>) redis.evalsha(pageSha, List.of(indexKey),
                List.of("(" + after, Integer.toString(limit), userKeyStem));
        List<UserRow> rows = new ArrayList<>(limit);
        for (int at = 1; at + FIELDS.length < reply.size(); at += FIELDS.length + 1) {
            List<String> values = new ArrayList<>();
            for (int field = 1; field <= FIELDS.length; field++) {
                values.add((String) reply.get(at + field));
            }
            rows.add(row(UUID.fromString((String) reply.get(at)), values));
        }
        return rows;
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        List<?> reply = (List<?>) redis.evalsha(deleteSha, List.of(userKeyStem + id, indexKey),
                List.of(id.toString(), Long.toString(expectedVersion)));
        require("removed".equals(reply.get(0)), id);
        redis.evalsha(releaseSha, List.of(claimKey((String) reply.get(1))), List.of((String) reply.get(2)));
    }

    /** Removes a user whatever its version; not one of the measured operations. */
    void discard(UserId id) {
        String email = redis.hget(userKeyStem + id, "email");
        require(email != null, id);
        redis.del(userKeyStem + id);
        redis.zrem(indexKey, id.toString());
        redis.del(claimKey(email));
    }

    /** Writes one seed user as the adapter would, on a pipeline: record, index entry, the claim its record holds. */
    void seed(AbstractPipeline pipeline, User user) {
        pipeline.hset(userKeyStem + user.id(), Map.of("email", user.email().value(), "name", user.name().value(),
                "createdAt", Long.toString(user.createdAt().toEpochMilli()),
                "updatedAt", Long.toString(user.updatedAt().toEpochMilli()),
                "version", Long.toString(user.version()), "claim", "seed-" + user.id()));
        pipeline.zadd(indexKey, 0, user.id().toString());
        pipeline.hset(claimKey(user.email().value()), Map.of("owner", user.id().toString(),
                "token", "seed-" + user.id(), "at", "0"));
    }

    long storedUsers() {
        return redis.zcard(indexKey);
    }

    private String claimKey(String email) {
        return prefix + "email:{" + email + "}";
    }

    private static UserRow row(UUID id, List<String> values) {
        require(values.get(0) != null, id);
        return new UserRow(id, values.get(0), values.get(1), Instant.ofEpochMilli(Long.parseLong(values.get(2))),
                Instant.ofEpochMilli(Long.parseLong(values.get(3))), Long.parseLong(values.get(4)));
    }

    /** The adapter's rule for one bucket: the first of u0, u1, ... whose slot lies within 4,096 of slot 8,192. */
    private static String singleBucketTag() {
        for (int n = 0; ; n++) {
            if (Math.abs(JedisClusterCRC16.getSlot("u" + n) - 8192) <= 4096) {
                return "u" + n;
            }
        }
    }

    private String load(String script) {
        try (InputStream in = RedisPersistence.class.getResourceAsStream(script)) {
            return redis.scriptLoad(new String(Objects.requireNonNull(in, script).readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the adapter's script " + script, e);
        }
    }

    private static void require(boolean expected, Object key) {
        if (!expected) {
            throw new IllegalStateException("user " + key + " is missing or not at the expected version");
        }
    }
}

package org.acme.users.adapter.persistence.redis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;

/**
 * Keyset pages over the id indexes of every bucket, merged into the port's order. Each bucket's index is a
 * sorted set whose members all have score 0, so {@code ZRANGE ... BYLEX} orders them byte by byte: the unsigned
 * order of canonical ids. On a single server (one bucket) a page is one script, one round trip. On a cluster each
 * bucket gives a share of the page, all read together (one round trip per node, the nodes in parallel); the merge
 * keeps only what is complete (no bucket can still hold a smaller id) and asks the buckets that limit it for more,
 * until the page is full or every bucket is read to its end.
 */
final class BucketPages {

    private static final int FIELDS_PER_USER = 1 + StoredUser.FIELDS.length;

    private final RedisCalls calls;
    private final KeyLayout layout;

    BucketPages(RedisCalls calls, KeyLayout layout) {
        this.calls = calls;
        this.layout = layout;
    }

    List<User> after(Optional<UserId> after, int limit) {
        int buckets = layout.buckets();
        // Twice a fair share, so that a page is usually complete after one read of each bucket.
        int share = buckets == 1 ? limit : Math.min(limit, 2 * ((limit + buckets - 1) / buckets) + 2);
        String start = after.map(id -> "(" + id).orElse("-");
        TreeMap<UserId, User> found = new TreeMap<>();
        // The last id read from each bucket that may hold more; a bucket read to its end is left out.
        TreeMap<Integer, UserId> frontiers = new TreeMap<>();
        List<Integer> every = new ArrayList<>();
        for (int bucket = 0; bucket < buckets; bucket++) {
            every.add(bucket);
        }
        read(every, start, share, found, frontiers);
        while (true) {
            Optional<UserId> complete = frontiers.values().stream().min(Comparator.naturalOrder());
            List<User> ready = complete.map(upTo -> found.headMap(upTo, true).values())
                    .orElseGet(found::values).stream().limit(limit).toList();
            if (ready.size() == limit || complete.isEmpty()) {
                return ready;
            }
            List<Integer> limiting = frontiers.entrySet().stream()
                    .filter(frontier -> frontier.getValue().equals(complete.get())).map(Map.Entry::getKey).toList();
            read(limiting, "(" + complete.get(), share, found, frontiers);
        }
    }

    /** Reads the buckets' shares together: one script on a single server, one round trip per node on a cluster. */
    private void read(List<Integer> buckets, String start, int count, TreeMap<UserId, User> found,
            TreeMap<Integer, UserId> frontiers) {
        List<ScriptCall> reads = buckets.stream().map(bucket -> new ScriptCall(UserScript.PAGE_OF_BUCKET,
                List.of(layout.indexKey(bucket)), List.of(start, Integer.toString(count), layout.userKeyStem(bucket))))
                .toList();
        List<Object> replies = reads.size() == 1 ? List.of(readAlone(reads.get(0))) : calls.readTogether(reads,
                "page query");
        for (int i = 0; i < buckets.size(); i++) {
            take(buckets.get(i), Replies.strings(replies.get(i)), found, frontiers);
        }
    }

    private Object readAlone(ScriptCall call) {
        return calls.read(call.keys().get(0), "page query", connection ->
                RedisCalls.evaluate(connection, call.script(), call.keys(), call.args()));
    }

    private static void take(int bucket, List<String> reply, TreeMap<UserId, User> found,
            TreeMap<Integer, UserId> frontiers) {
        for (int at = 1; at + FIELDS_PER_USER <= reply.size(); at += FIELDS_PER_USER) {
            UserId id = idOf(reply.get(at));
            found.put(id, StoredUser.toUser(id, new ArrayList<>(reply.subList(at + 1, at + FIELDS_PER_USER))));
        }
        String lastRead = reply.get(0);
        if (lastRead == null || lastRead.isEmpty()) {
            frontiers.remove(bucket);
        } else {
            frontiers.put(bucket, idOf(lastRead));
        }
    }

    private static UserId idOf(String text) {
        return UserId.parse(text).orElseThrow(() ->
                new IllegalStateException("an id index holds something that is no user id: " + text));
    }
}

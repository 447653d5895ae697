package org.acme.users.bootstrap.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registrations, changes, removals and reads from many threads at once, each thread driven by its own seeded
 * {@link Random}. A few shared addresses make registrations and changes collide (409), stale versions make
 * conditional writes fail (412), and some bodies break the rules (422). Every write goes into a {@link WriteLedger};
 * every answer outside API.md's statuses for its request is kept as a violation.
 */
public final class MixedLoad {

    private static final int SHARED_ADDRESSES = 8;
    private static final Set<Integer> REGISTER = Set.of(201, 409, 422);
    private static final Set<Integer> CHANGE = Set.of(200, 404, 409, 412, 422);
    private static final Set<Integer> DELETE = Set.of(204, 404, 412);
    private static final Set<Integer> READ = Set.of(200, 404);

    private final LoopbackClient client;
    private final WriteLedger ledger;
    private final long seed;
    private final boolean databaseMayBeAway;
    private final List<String> knownIds = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicBoolean stopped = new AtomicBoolean();

    /** @param databaseMayBeAway whether 503 (with Retry-After) is a right answer too */
    public MixedLoad(LoopbackClient client, WriteLedger ledger, long seed, boolean databaseMayBeAway) {
        this.client = client;
        this.ledger = ledger;
        this.seed = seed;
        this.databaseMayBeAway = databaseMayBeAway;
    }

    /** Runs {@code operations} requests on each of {@code threads} threads, or fewer if {@link #stop()} is called. */
    public void run(int threads, int operations, Duration limit) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int index = thread;
                workers.add(pool.submit(() -> work(index, operations)));
            }
            long deadline = System.nanoTime() + limit.toNanos();
            for (Future<?> worker : workers) {
                worker.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the load did not complete within " + limit + " (seed " + seed + ")", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Lets every thread finish the request it is sending, then end. */
    public void stop() {
        stopped.set(true);
    }

    public long requests() {
        return requests.get();
    }

    /** How many answers were 503. */
    public long unavailable() {
        return unavailable.get();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    private void work(int thread, int operations) {
        Random random = new Random(seed * 1_000 + thread);
        Map<String, Long> versionsSeen = new HashMap<>();
        for (int operation = 0; operation < operations && !stopped.get(); operation++) {
            String token = ledger.token(thread, operation);
            double dice = random.nextDouble();
            if (knownIds.isEmpty() || dice < 0.35) {
                register(random, token);
            } else if (dice < 0.70) {
                change(random, token, versionsSeen);
            } else if (dice < 0.82) {
                delete(random, token, versionsSeen);
            } else {
                read(random, versionsSeen);
            }
        }
    }

    private void register(Random random, String token) {
        String email = email(random, token);
        String name = "Load " + token;
        Reply reply = check("register", REGISTER, client.postJson("/api/users", UserJson.of(email, name)));
        String id = reply.isSuccess() ? reply.text("id") : null;
        if (id != null) {
            knownIds.add(id);
        }
        ledger.record(new Write(token, Write.Kind.REGISTER, id, email, name, Write.Outcome.of(reply), version(reply)));
    }

    private void change(Random random, String token, Map<String, Long> versionsSeen) {
        String id = anyKnownId(random);
        String email = email(random, token);
        String name = "Load " + token;
        String body = UserJson.of(email, name);
        Reply reply = check("change", CHANGE, random.nextBoolean()
                ? client.putJson("/api/users/" + id, body)
                : client.putJson("/api/users/" + id, body, "If-Match", "\"" + versionsSeen.getOrDefault(id, 0L) + "\""));
        if (reply.isSuccess()) {
            versionsSeen.put(id, version(reply));
        }
        ledger.record(new Write(token, Write.Kind.CHANGE, id, email, name, Write.Outcome.of(reply), version(reply)));
    }

    private void delete(Random random, String token, Map<String, Long> versionsSeen) {
        String id = anyKnownId(random);
        Reply reply = check("delete", DELETE, random.nextBoolean()
                ? client.delete("/api/users/" + id)
                : client.delete("/api/users/" + id, "If-Match", "\"" + versionsSeen.getOrDefault(id, 0L) + "\""));
        ledger.record(new Write(token, Write.Kind.DELETE, id, null, null, Write.Outcome.of(reply), -1));
    }

    private void read(Random random, Map<String, Long> versionsSeen) {
        String id = anyKnownId(random);
        Reply reply = check("read", READ, client.get("/api/users/" + id));
        if (reply.status() == 200) {
            versionsSeen.put(id, version(reply));
        }
    }

    /** Mostly an address of its own; some shared ones, which collide; a few that break the rules. */
    private static String email(Random random, String token) {
        double dice = random.nextDouble();
        if (dice < 0.05) {
            return "no-at-sign." + token;
        }
        if (dice < 0.20) {
            return "shared-" + random.nextInt(SHARED_ADDRESSES) + "@load.example";
        }
        return token + "@load.example";
    }

    private String anyKnownId(Random random) {
        return knownIds.get(random.nextInt(knownIds.size()));
    }

    private Reply check(String request, Set<Integer> expected, Reply reply) {
        requests.incrementAndGet();
        boolean outage = databaseMayBeAway && reply.status() == 503;
        if (outage) {
            unavailable.incrementAndGet();
        }
        if (!expected.contains(reply.status()) && !outage) {
            violations.add(request + ": " + reply);
        } else if (!reply.isSuccess()) {
            ProblemBody.problemsWith(reply, "").forEach(problem -> violations.add(request + ": " + problem));
        }
        return reply;
    }

    private static long version(Reply reply) {
        return reply.isSuccess() && !reply.body().isEmpty() ? reply.json().get("version").asLong() : -1;
    }
}

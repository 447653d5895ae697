package org.acme.users.bootstrap.reliability;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * every answer outside API.md's statuses for its request is kept as a violation. Each request carries its token as
 * X-Request-Id, so the service's access log can be matched against the answers, which are kept by token.
 */
public final class MixedLoad {

    private static final int SHARED_ADDRESSES = 8;
    private static final Set<Integer> REGISTER = Set.of(201, 409, 422);
    private static final Set<Integer> CHANGE = Set.of(200, 404, 409, 412, 422);
    private static final Set<Integer> DELETE = Set.of(204, 404, 412);
    private static final Set<Integer> READ = Set.of(200, 404);
    private static final String ID = "X-Request-Id";

    private final LoopbackClient client;
    private final WriteLedger ledger;
    private final long seed;
    private final LoadTolerance tolerance;
    private final List<String> knownIds = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();
    private final Map<String, Reply> answers = new ConcurrentHashMap<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    public MixedLoad(LoopbackClient client, WriteLedger ledger, long seed, LoadTolerance tolerance) {
        this.client = client;
        this.ledger = ledger;
        this.seed = seed;
        this.tolerance = tolerance;
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

    /** Starts {@link #run} for as long as it takes until {@link #stop()}, on a thread of its own. */
    public CompletableFuture<Void> runInBackground(int threads, Duration limit) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread runner = new Thread(() -> {
            try {
                run(threads, Integer.MAX_VALUE, limit);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, "mixed-load");
        runner.setDaemon(true);
        runner.start();
        return done;
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

    /** Every answer so far, by the token that its request carried as X-Request-Id. */
    public Map<String, Reply> answers() {
        return Map.copyOf(answers);
    }

    private void work(int thread, int operations) {
        Random random = new Random(seed * 1_000 + thread);
        Map<String, Long> versionsSeen = new HashMap<>();
        // Interrupted when run() gives up at its limit: without that check a worker would go on sending for ever.
        for (int operation = 0; operation < operations && !stopped.get() && !Thread.currentThread().isInterrupted();
                operation++) {
            String token = ledger.token(thread, operation);
            double dice = random.nextDouble();
            if (knownIds.isEmpty() || dice < 0.35) {
                register(random, token);
            } else if (dice < 0.70) {
                change(random, token, versionsSeen);
            } else if (dice < 0.82) {
                delete(random, token, versionsSeen);
            } else {
                read(random, token, versionsSeen);
            }
        }
    }

    private void register(Random random, String token) {
        String email = email(random, token);
        String name = "Load " + token;
        Reply reply = check(token, "register", REGISTER, client.send("POST", "/api/users",
                BodyPublishers.ofString(UserJson.of(email, name)), "Content-Type", "application/json", ID, token));
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
        Reply reply = check(token, "change", CHANGE, random.nextBoolean()
                ? client.putJson("/api/users/" + id, body, ID, token)
                : client.putJson("/api/users/" + id, body, ID, token, "If-Match", ifMatch(versionsSeen, id)));
        if (reply.isSuccess()) {
            versionsSeen.put(id, version(reply));
        }
        ledger.record(new Write(token, Write.Kind.CHANGE, id, email, name, Write.Outcome.of(reply), version(reply)));
    }

    private void delete(Random random, String token, Map<String, Long> versionsSeen) {
        String id = anyKnownId(random);
        Reply reply = check(token, "delete", DELETE, random.nextBoolean()
                ? client.delete("/api/users/" + id, ID, token)
                : client.delete("/api/users/" + id, ID, token, "If-Match", ifMatch(versionsSeen, id)));
        ledger.record(new Write(token, Write.Kind.DELETE, id, null, null, Write.Outcome.of(reply), -1));
    }

    private void read(Random random, String token, Map<String, Long> versionsSeen) {
        String id = anyKnownId(random);
        Reply reply = check(token, "read", READ, client.get("/api/users/" + id, ID, token));
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

    private static String ifMatch(Map<String, Long> versionsSeen, String id) {
        return "\"" + versionsSeen.getOrDefault(id, 0L) + "\"";
    }

    private Reply check(String token, String request, Set<Integer> expected, Reply reply) {
        requests.incrementAndGet();
        answers.put(token, reply);
        if (reply.status() == 503) {
            unavailable.incrementAndGet();
        }
        boolean tolerated = reply.status() == 503 && tolerance != LoadTolerance.NONE
                || !reply.answered() && tolerance == LoadTolerance.SERVICE_STOPPING;
        if (!expected.contains(reply.status()) && !tolerated) {
            violations.add(request + ": " + reply);
        } else if (!reply.isSuccess() && reply.answered()) {
            ProblemBody.problemsWith(reply, "").forEach(problem -> violations.add(request + ": " + problem));
        }
        return reply;
    }

    private static long version(Reply reply) {
        return reply.isSuccess() && !reply.body().isEmpty() ? reply.json().get("version").asLong() : -1;
    }
}

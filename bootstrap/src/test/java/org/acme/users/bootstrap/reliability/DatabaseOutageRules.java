package org.acme.users.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;
import org.acme.users.testkit.net.TcpRelay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * The database cut off in the middle of a load: every request still gets an answer within seconds, 503 with
 * Retry-After while the database is away, /health says DOWN; once it is back the service serves again by itself,
 * and every write it acknowledged, before, during or after the cut, is stored.
 */
interface DatabaseOutageRules extends ReliabilityRules {

    int THREADS = 4;
    long WRITES_BEFORE_CUT = 40;
    long UNAVAILABLE_ANSWERS = 2L * THREADS;
    long WRITES_AFTER_RESTORE = 40;
    Duration PHASE_LIMIT = Duration.ofSeconds(60);

    @Test
    @Timeout(300)
    default void answers503PromptlyWhileTheDatabaseIsCutRecoversWithoutARestartAndLosesNoAcknowledgedWrite()
            throws Exception {
        long seed = Seeds.seed();
        try (ServiceOnTestDatabase service = startServiceBehindRelay()) {
            // Asked first: a database inside the service's process skips the rule here, before any load starts.
            TcpRelay relay = service.relay();
            LoopbackClient client = new LoopbackClient(service.baseUri(), LoopbackClient.PROMPT);
            WriteLedger ledger = new WriteLedger("outage");
            MixedLoad load = new MixedLoad(client, ledger, seed, LoadTolerance.DATABASE_AWAY);
            long start = System.nanoTime();
            CompletableFuture<Void> running = load.runInBackground(THREADS, Duration.ofMinutes(4));
            long requestsDuringCut;
            Reply read;
            try {
                Await.until("writes acknowledged before the cut", PHASE_LIMIT,
                        () -> ledger.count(Write.Outcome.ACKNOWLEDGED) >= WRITES_BEFORE_CUT);
                relay.cut();
                long requestsAtCut = load.requests();
                Await.until("503 answers to the load", PHASE_LIMIT, () -> load.unavailable() >= UNAVAILABLE_ANSWERS);
                Await.until("/health saying DOWN", PHASE_LIMIT, () -> isDown(client.get("/health")));
                read = client.get("/api/users?limit=1");
                requestsDuringCut = load.requests() - requestsAtCut;
                relay.restore();
                Await.until("/health saying UP again", PHASE_LIMIT, () -> client.get("/health").status() == 200);
                long acknowledgedAtRestore = ledger.count(Write.Outcome.ACKNOWLEDGED);
                Await.until("writes acknowledged after the restore", PHASE_LIMIT,
                        () -> ledger.count(Write.Outcome.ACKNOWLEDGED) >= acknowledgedAtRestore + WRITES_AFTER_RESTORE);
            } finally {
                // Also when a phase fails: a load left running outlives the service and fills the heap with failures.
                load.stop();
            }
            running.get(PHASE_LIMIT.toSeconds(), TimeUnit.SECONDS);

            Map<String, JsonNode> stored = StoredUsers.read(client);
            List<String> problems = ledger.problemsWith(stored, client);
            System.out.printf("Outage (seed %d): %d requests in %d ms, %d during the cut, %d answered 503; writes %s%n",
                    seed, load.requests(), Duration.ofNanos(System.nanoTime() - start).toMillis(), requestsDuringCut,
                    load.unavailable(), ledger.summary());
            assertThat(read.status()).as("%s", read).isEqualTo(503);
            assertThat(ProblemBody.problemsWith(read, "")).isEmpty();
            assertThat(load.violations()).as("answers outside API.md or later than %s (seed %d)",
                    LoopbackClient.PROMPT, seed).isEmpty();
            assertThat(problems).as("stored state against the acknowledged writes (seed %d)", seed).isEmpty();
        }
    }

    private static boolean isDown(Reply health) {
        return health.status() == 503 && health.header("Retry-After") != null
                && "DOWN".equals(health.text("status"));
    }
}

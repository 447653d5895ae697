package org.acme.users.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** Many clients registering, changing and removing users at once: every acknowledged write is kept, nothing else. */
interface MixedLoadRules extends ReliabilityRules {

    int THREADS = 8;
    int OPERATIONS_PER_THREAD = 200;

    @Test
    @Timeout(300)
    default void keepsEveryAcknowledgedWriteOfAMixedLoadFromEightClientsAndNoTraceOfARefusedOne() {
        long seed = Seeds.seed();
        WriteLedger ledger = new WriteLedger("load");
        MixedLoad load = new MixedLoad(client(), ledger, seed, LoadTolerance.NONE);
        long start = System.nanoTime();

        load.run(THREADS, OPERATIONS_PER_THREAD, Duration.ofMinutes(4));

        Map<String, JsonNode> stored = StoredUsers.read(client());
        List<String> problems = ledger.problemsWith(stored, client());
        System.out.printf("Mixed load (seed %d): %d requests from %d threads in %d ms; writes %s; %d stored users checked%n",
                seed, load.requests(), THREADS, Duration.ofNanos(System.nanoTime() - start).toMillis(), ledger.summary(),
                stored.size());
        assertThat(load.violations()).as("answers outside API.md (seed %d)", seed).isEmpty();
        assertThat(problems).as("stored state against the acknowledged writes (seed %d)", seed).isEmpty();
        assertThat(load.requests()).isEqualTo((long) THREADS * OPERATIONS_PER_THREAD);
        assertThat(ledger.count(Write.Outcome.ACKNOWLEDGED)).isPositive();
        assertThat(ledger.count(Write.Outcome.REFUSED)).isPositive();
        assertThat(ledger.count(Write.Outcome.UNKNOWN)).isZero();
    }
}

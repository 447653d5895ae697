package org.acme.users.adapter.web.contract;

import static org.acme.users.adapter.web.contract.ApiClient.uniqueEmail;
import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The database gone (503 with Retry-After, then recovery by itself) and the unexpected (500 with a request id). */
interface OutageRules extends ApiRules {

    Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

    @Test
    default void answers503WithRetryAfterWhileTheDatabaseIsAwayAndRecoversByItself() {
        ApiResponse created = registered("Survivor");
        apiUnderTest().cutDatabase();
        try {
            ApiResponse read = api().get(created.header("Location"));
            ApiResponse write = api().postJson("/api/users", userJson(uniqueEmail(), "During outage"));
            ApiResponse health = api().get("/health");

            assertProblem(read, 503);
            assertThat(read.header("Retry-After")).matches("\\d+");
            assertProblem(write, 503);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.header("Retry-After")).matches("\\d+");
            assertThat(health.text("status")).isEqualTo("DOWN");
            assertThat(read.body()).doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("mongo");
        } finally {
            apiUnderTest().restoreDatabase();
        }

        assertThat(firstStatusWithin(RECOVERY_LIMIT, "/health", 200)).isEqualTo(200);
        // The health check reconnects on a connection of its own; the request pools may need a moment longer.
        assertThat(firstStatusWithin(RECOVERY_LIMIT, created.header("Location"), 200)).isEqualTo(200);
    }

    @Test
    default void answersAnUnexpectedFailureWith500CarryingTheRequestIdAndNoInternals() {
        ApiResponse failed = api().get(UnexpectedFailureEndpoint.PATH, "X-Request-Id", "trace-500-check");

        JsonNode problem = assertProblem(failed, 500);
        assertThat(problem.get("requestId").asString()).isEqualTo("trace-500-check");
        assertThat(problem.get("detail").asString()).contains("trace-500-check");
        assertThat(failed.body()).doesNotContain(UnexpectedFailureEndpoint.SECRET)
                .doesNotContain("IllegalStateException").doesNotContain("SELECT");
    }

    /** Polls until the path answers {@code wanted} or the limit passes; returns the last status seen. */
    private int firstStatusWithin(Duration limit, String path, int wanted) {
        Instant deadline = Instant.now().plus(limit);
        int status;
        do {
            status = api().get(path).status();
        } while (status != wanted && Instant.now().isBefore(deadline));
        return status;
    }
}

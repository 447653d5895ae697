package org.acme.users.adapter.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.acme.users.adapter.web.FailureOutsideSpringMvc;
import org.acme.users.adapter.web.InMemoryWebServer;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each request ends in one access line with the status the client got, and whatever went wrong is logged under its id. */
class RequestLoggingTest {

    private static InMemoryWebServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        server = InMemoryWebServer.start(Clock.systemUTC());
        api = new ApiClient(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answersAFailureOutsideSpringMvcWith500AndLogsItUnderTheRequestIdAsTheAccessLineSays() {
        try (CapturedLogs logs = CapturedLogs.start()) {
            ApiResponse failed = api.get(FailureOutsideSpringMvc.PATH, "X-Request-Id", "escaped-failure");

            JsonNode problem = failed.json();
            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.contentType()).startsWith("application/problem+json");
            assertThat(problem.get("type").asString()).isEqualTo("tag:acme.org,2026:users/problems/internal-error");
            assertThat(problem.get("requestId").asString()).isEqualTo("escaped-failure");
            assertThat(problem.get("detail").asString()).contains("escaped-failure");
            assertThat(failed.body()).doesNotContain("secret").doesNotContain("IllegalStateException");
            assertThat(logs.accessLineOf("escaped-failure")).contains("status=500");
            assertThat(logs.problemsOf("escaped-failure")).singleElement()
                    .satisfies(error -> assertThat(error.getThrowableProxy().getMessage()).contains("a filter failed"));
        }
    }

    @Test
    void answersABrokenEscapeInPathParametersWith400AndLogsOnlyTheAccessLine() {
        try (CapturedLogs logs = CapturedLogs.start()) {
            ApiResponse refused = api.getAsIs("/health;%", "X-Request-Id", "broken-escape");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.header("X-Request-Id")).isEqualTo("broken-escape");
            assertThat(logs.accessLineOf("broken-escape")).contains("request=broken-escape").contains("status=400");
            assertThat(logs.problemsOf("broken-escape")).isEmpty();
        }
    }

    @Test
    void logsTheStatusOfAnAnswerTheAdviceWrote() {
        try (CapturedLogs logs = CapturedLogs.start()) {
            api.get("/api/users/not-an-id", "X-Request-Id", "advised");

            assertThat(logs.accessLineOf("advised")).contains("GET /api/users/{id} status=400");
        }
    }
}

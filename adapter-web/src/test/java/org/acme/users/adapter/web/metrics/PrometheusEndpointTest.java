package org.acme.users.adapter.web.metrics;

import static org.acme.users.adapter.web.contract.ApiClient.uniqueEmail;
import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.acme.users.adapter.web.InMemoryWebServer;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /metrics} over real HTTP: every exchange timed by route template, status and outcome, never by raw path. */
class PrometheusEndpointTest {

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
    void servesTheScrapeInPrometheusTextFormat() {
        ApiResponse metrics = api.get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain").contains("version=0.0.4");
        assertThat(PrometheusScrape.parse(metrics.body()).samples()).isNotEmpty();
    }

    @Test
    void timesEveryExchangeByRouteTemplateStatusAndOutcomeNeverByRawPath() {
        String location = api.postJson("/api/users", userJson(uniqueEmail(), "Ada")).header("Location");
        api.get(location);
        api.get("/api/users/00000000-0000-7000-8000-000000000000");
        api.get("/api/nothing-here");

        ApiResponse metrics = api.get("/metrics");
        PrometheusScrape scrape = PrometheusScrape.parse(metrics.body());

        assertThat(scrape.named("http_server_requests_seconds_count", Map.of("method", "POST",
                "uri", "/api/users", "status", "201", "outcome", "SUCCESS"))).isNotEmpty();
        assertThat(scrape.named("http_server_requests_seconds_count",
                Map.of("method", "GET", "uri", "/api/users/{id}", "status", "200"))).hasSize(1);
        assertThat(scrape.named("http_server_requests_seconds_count",
                Map.of("method", "GET", "uri", "/api/users/{id}", "status", "404", "outcome", "CLIENT_ERROR")))
                .hasSize(1);
        assertThat(scrape.named("http_server_requests_seconds_count", Map.of("uri", "NOT_FOUND", "status", "404")))
                .hasSize(1);
        assertThat(metrics.body()).doesNotContain(location).doesNotContain("nothing-here");
    }
}

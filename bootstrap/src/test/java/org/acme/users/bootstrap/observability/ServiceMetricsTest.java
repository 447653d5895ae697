package org.acme.users.bootstrap.observability;

import static org.acme.users.adapter.web.contract.ApiClient.uniqueEmail;
import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.acme.users.adapter.web.metrics.PrometheusScrape;
import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The service's {@code /metrics} after real requests: HTTP timings by route, the repository port's timings, the pool's figures. */
class ServiceMetricsTest {

    @Test
    void timesHttpRequestsByRouteTemplateStatusAndOutcomeNeverByRawPath() {
        try (ServiceOnTestDatabase service = AdapterOnDatabase.ofTheDefaultAdapter().startService()) {
            ApiClient api = service.api();
            String location = api.postJson("/api/users", userJson(uniqueEmail(), "Ada")).header("Location");
            api.get(location);
            api.get("/api/users/00000000-0000-7000-8000-000000000000");

            ApiResponse metrics = api.get("/metrics");
            PrometheusScrape scrape = PrometheusScrape.parse(metrics.body());

            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.contentType()).startsWith("text/plain").contains("version=0.0.4");
            assertThat(scrape.named("http_server_requests_seconds_count", Map.of("method", "POST",
                    "uri", "/api/users", "status", "201", "outcome", "SUCCESS"))).singleElement()
                    .satisfies(sample -> assertThat(sample.value()).isEqualTo(1));
            assertThat(scrape.named("http_server_requests_seconds_count",
                    Map.of("method", "GET", "uri", "/api/users/{id}", "status", "200"))).hasSize(1);
            assertThat(scrape.named("http_server_requests_seconds_count",
                    Map.of("method", "GET", "uri", "/api/users/{id}", "status", "404", "outcome", "CLIENT_ERROR")))
                    .hasSize(1);
            assertThat(scrape.named("http_server_requests_seconds_bucket", Map.of("uri", "/api/users", "le", "0.1")))
                    .isNotEmpty();
            assertThat(metrics.body()).doesNotContain(location);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.acme.users.bootstrap.fixture.AdapterOnDatabase#quickestOfEach")
    void timesEveryRepositoryOperationPerAdapterAndOutcome(AdapterOnDatabase adapter) {
        String name = adapter.provider().name();
        try (ServiceOnTestDatabase service = adapter.startService()) {
            ApiClient api = service.api();
            String email = uniqueEmail();
            api.postJson("/api/users", userJson(email, "Ada"));
            api.postJson("/api/users", userJson(email, "Ada again"));
            api.get("/api/users?limit=5");

            PrometheusScrape scrape = PrometheusScrape.parse(api.get("/metrics").body());

            assertThat(scrape.named("users_repository_seconds_count",
                    Map.of("adapter", name, "operation", "insert", "outcome", "success"))).hasSize(1);
            assertThat(scrape.named("users_repository_seconds_count",
                    Map.of("adapter", name, "operation", "insert", "outcome", "email_already_used"))).hasSize(1);
            assertThat(scrape.named("users_repository_seconds_count",
                    Map.of("adapter", name, "operation", "findPage", "outcome", "success"))).hasSize(1);
        }
    }

    @Test
    void reportsTheSqlConnectionPool() {
        try (ServiceOnTestDatabase service = AdapterOnDatabase.quickest("sql").startService()) {
            ApiClient api = service.api();
            api.get("/api/users");

            PrometheusScrape scrape = PrometheusScrape.parse(api.get("/metrics").body());

            assertThat(scrape.named("hikaricp_connections_active", Map.of("pool", "users-sql"))).hasSize(1);
            assertThat(scrape.named("hikaricp_connections_max", Map.of("pool", "users-sql"))).singleElement()
                    .satisfies(sample -> assertThat(sample.value()).isPositive());
        }
    }

    @Test
    void reportsTheMongoConnectionPool() {
        try (ServiceOnTestDatabase service = AdapterOnDatabase.quickest("mongo").startService()) {
            ApiClient api = service.api();
            api.postJson("/api/users", userJson(uniqueEmail(), "Grace"));

            PrometheusScrape scrape = PrometheusScrape.parse(api.get("/metrics").body());

            assertThat(scrape.named("mongodb_driver_pool_size")).isNotEmpty();
            assertThat(scrape.named("mongodb_driver_pool_size")).allSatisfy(sample ->
                    assertThat(sample.value()).as("connections counted since the pool opened").isPositive());
            assertThat(scrape.named("mongodb_driver_pool_checkedout")).isNotEmpty();
        }
    }
}

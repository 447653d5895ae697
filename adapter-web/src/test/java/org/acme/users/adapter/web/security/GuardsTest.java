package org.acme.users.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.acme.users.adapter.web.InMemoryWebServer;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.junit.jupiter.api.Test;

/** Rate limits, the headers on every answer, and cross-origin access, on the web adapter without authentication. */
class GuardsTest {

    @Test
    void refusesTheRegistrationOverTheLimitWithRetryAfterAndIgnoresXForwardedForFromAnUntrustedPeer() throws Exception {
        try (InMemoryWebServer server = InMemoryWebServer.start(Clock.systemUTC(),
                WebSecurity.open().withRateLimits(new RateLimits(2, 0)))) {
            ApiClient client = new ApiClient(server.baseUri());

            assertThat(client.register("One").status()).isEqualTo(201);
            assertThat(client.postJson("/api/users", ApiClient.userJson(ApiClient.uniqueEmail(), "Two"),
                    "X-Forwarded-For", "203.0.113.7").status()).isEqualTo(201);
            ApiResponse third = client.postJson("/api/users", ApiClient.userJson(ApiClient.uniqueEmail(), "Three"),
                    "X-Forwarded-For", "198.51.100.9");

            assertThat(third.status()).isEqualTo(429);
            assertThat(third.text("type")).isEqualTo("tag:acme.org,2026:users/problems/too-many-requests");
            // Two a minute: the next one in half a minute, at most.
            assertThat(Integer.parseInt(third.header("Retry-After"))).isBetween(1, 30);
            assertThat(client.get("/health").status()).isEqualTo(200);
        }
    }

    @Test
    void countsTheForwardedAddressWhenThePeerIsATrustedProxy() throws Exception {
        try (InMemoryWebServer server = InMemoryWebServer.start(Clock.systemUTC(), WebSecurity.open()
                .withRateLimits(new RateLimits(0, 1))
                .withClientAddresses(ClientAddresses.behindProxies(List.of("127.0.0.1"))))) {
            ApiClient client = new ApiClient(server.baseUri());

            assertThat(client.get("/health", "X-Forwarded-For", "10.0.0.1, 203.0.113.7").status()).isEqualTo(200);
            assertThat(client.get("/health", "X-Forwarded-For", "10.0.0.1, 198.51.100.9").status()).isEqualTo(200);
            ApiResponse again = client.get("/health", "X-Forwarded-For", "203.0.113.7");

            assertThat(again.status()).isEqualTo(429);
            assertThat(again.header("Retry-After")).isEqualTo("1");
        }
    }

    @Test
    void putsTheSecurityHeadersOnAnswersAndErrorsAndAPolicyOnTheDocs() throws Exception {
        try (InMemoryWebServer server = InMemoryWebServer.start(Clock.systemUTC())) {
            ApiClient client = new ApiClient(server.baseUri());

            for (ApiResponse answer : List.of(client.get("/health"), client.get("/api/users/not-a-uuid"),
                    client.get("/no/such/path"), client.getAsIs("/api/users/%zz"))) {
                assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
                assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            }
            assertThat(client.get("/docs/index.html").header("Content-Security-Policy"))
                    .startsWith("default-src 'self'");
            assertThat(client.get("/health").header("Content-Security-Policy")).isNull();
        }
    }

    @Test
    void grantsCrossOriginAccessToTheNamedOriginsOnly() throws Exception {
        try (InMemoryWebServer server = InMemoryWebServer.start(Clock.systemUTC(),
                WebSecurity.open().withCorsOrigins(List.of("https://app.example.com")))) {
            ApiClient client = new ApiClient(server.baseUri());

            ApiResponse preflight = client.send("OPTIONS", "/api/users", java.net.http.HttpRequest.BodyPublishers.noBody(),
                    "Origin", "https://app.example.com", "Access-Control-Request-Method", "POST",
                    "Access-Control-Request-Headers", "authorization, content-type");
            ApiResponse named = client.get("/health", "Origin", "https://app.example.com");
            ApiResponse other = client.get("/health", "Origin", "https://evil.example.net");

            assertThat(preflight.status()).isEqualTo(204);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
            assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("600");
            assertThat(named.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
            assertThat(other.status()).isEqualTo(403);
            assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void grantsNoCrossOriginAccessWhenNoOriginIsNamed() throws Exception {
        try (InMemoryWebServer server = InMemoryWebServer.start(Clock.systemUTC())) {
            ApiResponse answer = new ApiClient(server.baseUri()).get("/health", "Origin", "https://app.example.com");

            assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
        }
    }
}

package org.acme.users.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.acme.users.adapter.web.InMemoryWebServer;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AUTH=jwt on the web adapter: which tokens pass, what members and admins may do, and what a refusal looks like. */
class BearerTokenTest {

    private final RSAKey rsa = TestKeys.rsa();
    private final ECKey ec = TestKeys.ec();
    private final TestTokens rsaTokens = new TestTokens(rsa);
    private final TestTokens ecTokens = new TestTokens(ec);
    private JwkSetServer jwkSet;
    private InMemoryWebServer server;
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        jwkSet = JwkSetServer.serving(rsa, ec);
        server = InMemoryWebServer.start(Clock.systemUTC(), WebSecurity.bearerTokens(
                BearerTokens.fromJwkSet(jwkSet.url(), TestTokens.ISSUER, TestTokens.AUDIENCE)));
        client = new ApiClient(server.baseUri());
    }

    @AfterEach
    void stop() {
        server.close();
        jwkSet.close();
    }

    @Test
    void asksForATokenWithABearerChallengeAndAProblem() {
        ApiResponse answer = client.get("/api/users/me");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("tag:acme.org,2026:users/problems/unauthenticated");
    }

    @Test
    void takesRs256AndEs256TokensFromTheJwkSet() {
        assertThat(client.get("/api/users/me", bearer(rsaTokens.member())).status()).isEqualTo(404);
        assertThat(client.get("/api/users/me", bearer(ecTokens.member())).status()).isEqualTo(404);
    }

    @Test
    void refusesEveryBadTokenAlikeWithoutSayingWhy() {
        String[] refused = {
            "not-a-jwt",
            TestTokens.unsigned(),
            TestTokens.hmacWithPublicKey(rsa),
            new TestTokens(TestKeys.rsa()).member(),
            rsaTokens.signed(claims -> claims.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(2))))),
            rsaTokens.signed(claims -> claims.expirationTime(null)),
            rsaTokens.signed(claims -> claims.notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(2))))),
            rsaTokens.signed(claims -> claims.issuer("https://other-issuer.example.test/")),
            rsaTokens.signed(claims -> claims.audience("another-api")),
            rsaTokens.signed(claims -> claims.subject(null)),
            rsaTokens.signed(claims -> claims.subject("line\nbreak")),
        };
        String expectedDetail = null;
        for (String token : refused) {
            ApiResponse answer = client.get("/api/users/me", bearer(token));

            assertThat(answer.status()).as(token).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
            expectedDetail = expectedDetail == null ? answer.text("detail") : expectedDetail;
            assertThat(answer.text("detail")).isEqualTo(expectedDetail);
        }
    }

    @Test
    void allowsTheClockSkewOfApiMd() {
        String justExpired = rsaTokens.signed(claims ->
                claims.expirationTime(Date.from(Instant.now().minus(Duration.ofSeconds(30)))));
        String almostValid = rsaTokens.signed(claims ->
                claims.notBeforeTime(Date.from(Instant.now().plus(Duration.ofSeconds(30)))));

        assertThat(client.get("/api/users/me", bearer(justExpired)).status()).isEqualTo(404);
        assertThat(client.get("/api/users/me", bearer(almostValid)).status()).isEqualTo(404);
    }

    @Test
    void letsAMemberRegisterAndReachItsOwnUserOnly() {
        String member = rsaTokens.member("ada");
        ApiResponse registered = client.postJson("/api/users", ApiClient.userJson(ApiClient.uniqueEmail(), "Ada"),
                bearer(member));
        String id = registered.text("id");
        ApiResponse second = client.postJson("/api/users", ApiClient.userJson(ApiClient.uniqueEmail(), "Ada"),
                bearer(member));
        String other = rsaTokens.member("grace");

        assertThat(registered.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("type")).isEqualTo("tag:acme.org,2026:users/problems/owner-already-registered");
        assertThat(client.get("/api/users/me", bearer(member)).text("id")).isEqualTo(id);
        assertThat(client.get("/api/users/" + id, bearer(member)).status()).isEqualTo(200);
        assertThat(client.get("/api/users/" + id, bearer(other)).status()).isEqualTo(404);
        assertThat(client.delete("/api/users/" + id, bearer(other)).status()).isEqualTo(404);
        assertThat(client.get("/api/users", bearer(member)).status()).isEqualTo(403);
        assertThat(client.get("/metrics", bearer(member)).status()).isEqualTo(403);
    }

    @Test
    void letsAnAdminListAndScrape() {
        String admin = rsaTokens.admin();

        assertThat(client.get("/api/users", bearer(admin)).status()).isEqualTo(200);
        assertThat(client.get("/metrics", bearer(admin)).status()).isEqualTo(200);
        assertThat(client.get("/metrics").status()).isEqualTo(401);
    }

    @Test
    void leavesHealthAndTheDescriptionOpen() {
        assertThat(client.get("/health").status()).isEqualTo(200);
        assertThat(client.get("/openapi.json").status()).isEqualTo(200);
        assertThat(client.get("/docs/index.html").status()).isEqualTo(200);
    }

    @Test
    void fetchesTheSetAgainForAnUnknownKidAndSoFollowsAKeyRotation() {
        assertThat(client.get("/api/users/me", bearer(rsaTokens.member())).status()).isEqualTo(404);
        RSAKey next = TestKeys.rsa();
        jwkSet.rotateTo(next);

        assertThat(client.get("/api/users/me", bearer(new TestTokens(next).member())).status()).isEqualTo(404);
        assertThat(jwkSet.fetches()).isEqualTo(2);
    }

    @Test
    void fetchesTheSetOnceWhileItsKeysServe() {
        for (int i = 0; i < 5; i++) {
            client.get("/api/users/me", bearer(rsaTokens.member()));
        }

        assertThat(jwkSet.fetches()).isEqualTo(1);
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    @Test
    void answers503ForEveryRequestWhileTheIssuersKeysCannotBeFetched() throws Exception {
        URL gone;
        try (JwkSetServer stopped = JwkSetServer.serving(rsa)) {
            gone = stopped.url();
        }
        try (InMemoryWebServer withoutKeys = InMemoryWebServer.start(Clock.systemUTC(), WebSecurity.bearerTokens(
                BearerTokens.fromJwkSet(gone, TestTokens.ISSUER, TestTokens.AUDIENCE)))) {
            ApiClient cutOff = new ApiClient(withoutKeys.baseUri());

            // Two fetches fail, then the source holds fetches back: all the same outage to a client.
            for (int request = 1; request <= 4; request++) {
                ApiResponse answer = cutOff.get("/api/users/me", bearer(rsaTokens.member()));

                assertThat(answer.status()).as("request %d", request).isEqualTo(503);
                assertThat(answer.text("type")).endsWith("/token-keys-unavailable");
                assertThat(answer.header("Retry-After")).isNotBlank();
            }
        }
    }

    @Test
    void refusesAFloodOfUnknownKeyIdsWith401WhileTheIssuerIsUp() {
        for (int request = 1; request <= 4; request++) {
            ApiResponse answer = client.get("/api/users/me", bearer(new TestTokens(TestKeys.rsa()).member()));

            assertThat(answer.status()).as("unknown kid %d", request).isEqualTo(401);
        }
    }

}

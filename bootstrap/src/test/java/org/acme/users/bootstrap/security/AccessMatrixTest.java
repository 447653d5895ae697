package org.acme.users.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.acme.users.adapter.web.security.TestKeys;
import org.acme.users.adapter.web.security.TestTokens;
import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;
import org.acme.users.bootstrap.reliability.LoopbackClient;
import org.acme.users.bootstrap.reliability.Reply;
import org.acme.users.bootstrap.reliability.UserJson;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * API.md's Security table over real HTTP with AUTH=jwt, on each persistence adapter: every endpoint for a caller with
 * no token, with each kind of bad token, as a member on its own user and on another's, and as an admin. Each answer
 * is the status API.md gives, and a refused request changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "{0}")
@MethodSource("org.acme.users.bootstrap.fixture.AdapterOnDatabase#quickestOfEach")
class AccessMatrixTest {

    private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    @Parameter
    AdapterOnDatabase adapter;

    private IdentityProvider identities;
    private ServiceOnTestDatabase service;
    private LoopbackClient client;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void startService() {
        identities = IdentityProvider.start();
        // Registration limits have a test of their own; here they would only get in the way.
        service = adapter.startService(identities.serviceSettings(Map.of("RATE_LIMIT_REGISTRATIONS", "0")));
        client = new LoopbackClient(service.baseUri(), LoopbackClient.PATIENT);
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void stopService() {
        if (service != null) {
            service.close();
        }
        identities.close();
    }

    /** A token that the service must refuse with 401, made from the identity provider's current key. */
    static Stream<Named<Function<IdentityProvider, String>>> badTokens() {
        return Stream.of(
                Named.of("malformed", provider -> "not.a.jwt"),
                Named.of("expired", provider -> provider.tokens().signed(claims -> claims
                        .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(2)))))),
                Named.of("not yet valid", provider -> provider.tokens().signed(claims -> claims
                        .notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(2)))))),
                Named.of("wrong issuer", provider -> provider.tokens().signed(claims -> claims
                        .issuer("https://another-issuer.example.test/"))),
                Named.of("wrong audience", provider -> provider.tokens().signed(claims -> claims
                        .audience("another-api"))),
                Named.of("bad signature", provider -> new TestTokens(impostorOf(provider.tokens().key())).member()),
                Named.of("alg none", provider -> TestTokens.unsigned()),
                Named.of("HMAC keyed with the public key", provider -> TestTokens.hmacWithPublicKey(
                        provider.tokens().key().toPublicJWK())),
                Named.of("unknown kid", provider -> new TestTokens(TestKeys.rsa()).member()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void refusesABadTokenOnEveryGuardedEndpointWithTheSameAnswerAndChangesNothing(
            Function<IdentityProvider, String> badToken) {
        Owned ada = registerAMember();
        Set<String> answers = new HashSet<>();

        for (Endpoint endpoint : Endpoint.guarded()) {
            Reply reply = endpoint.send(client, ada.id(), "Bearer " + badToken.apply(identities));

            assertThat(reply.status()).as("%s with a bad token", endpoint).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).as("%s: challenge", endpoint).isEqualTo(INVALID_TOKEN);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            answers.add(reply.text("title") + " / " + reply.text("detail"));
        }

        assertThat(answers).as("what the problem bodies say: one sentence for every check, naming none").hasSize(1);
        assertUnchanged(ada);
    }

    @Test
    void asksForATokenOnEveryGuardedEndpointAndLeavesTheOpenOnesOpen() {
        Owned ada = registerAMember();

        for (Endpoint endpoint : Endpoint.guarded()) {
            Reply reply = endpoint.send(client, ada.id(), null);

            assertThat(reply.status()).as("%s without a token", endpoint).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).as("%s: challenge", endpoint).isEqualTo("Bearer");
        }
        assertThat(client.get("/health").status()).as("GET /health without a token").isEqualTo(200);
        assertThat(client.get("/openapi.json").status()).as("GET /openapi.json without a token").isEqualTo(200);
        // /docs sends the browser on to Swagger UI's page, which is open too.
        Reply docs = client.get("/docs");
        assertThat(docs.status()).as("GET /docs without a token").isIn(200, 302);
        if (docs.status() == 302) {
            assertThat(client.get(docs.header("Location")).status()).as("GET %s", docs.header("Location"))
                    .isEqualTo(200);
        }
        assertUnchanged(ada);
    }

    @Test
    void letsAMemberReachItsOwnUserOnly() {
        Owned ada = registerAMember();
        Owned grace = registerAMember();

        assertThat(as(ada, "GET", "/api/users/" + ada.id(), null).status()).isEqualTo(200);
        assertThat(as(ada, "GET", "/api/users/me", null).text("id")).isEqualTo(ada.id());
        assertThat(as(ada, "POST", "/api/users", body("second")).status()).as("a second registration").isEqualTo(409);
        assertThat(send(identities.tokens().admin(), "GET", "/metrics", null).body())
                .as("the port's refusal, counted as such").contains("outcome=\"owner_already_registered\"");
        assertThat(as(ada, "GET", "/api/users?limit=5", null).status()).as("listing").isEqualTo(403);
        assertThat(as(ada, "GET", "/api/users?email=" + grace.email(), null).status()).as("search").isEqualTo(403);
        assertThat(as(ada, "GET", "/metrics", null).status()).as("metrics").isEqualTo(403);

        Reply missing = as(ada, "GET", "/api/users/" + UUID.randomUUID(), null);
        for (Reply others : List.of(as(ada, "GET", "/api/users/" + grace.id(), null),
                as(ada, "PUT", "/api/users/" + grace.id(), body("taken-over")),
                as(ada, "DELETE", "/api/users/" + grace.id(), null))) {
            assertThat(others.status()).as("another member's user").isEqualTo(404);
            assertThat(others.text("type")).isEqualTo(missing.text("type"));
            assertThat(others.text("title")).isEqualTo(missing.text("title"));
        }
        assertUnchanged(grace);

        assertThat(as(ada, "PUT", "/api/users/" + ada.id(), body("renamed")).status()).isEqualTo(200);
        assertThat(as(ada, "DELETE", "/api/users/" + ada.id(), null).status()).isEqualTo(204);
        assertThat(as(ada, "GET", "/api/users/me", null).status()).as("/me once removed").isEqualTo(404);
    }

    @Test
    void letsAnAdminReachEveryUserAndRegisterUsersOfNobody() {
        Owned ada = registerAMember();
        String admin = identities.tokens().admin();

        assertThat(send(admin, "GET", "/api/users/" + ada.id(), null).status()).isEqualTo(200);
        assertThat(send(admin, "GET", "/api/users?email=" + ada.email(), null).json().get("items").size()).isOne();
        assertThat(send(admin, "GET", "/api/users?limit=5", null).status()).isEqualTo(200);
        assertThat(send(admin, "GET", "/metrics", null).status()).isEqualTo(200);
        assertThat(send(admin, "PUT", "/api/users/" + ada.id(), body("by-admin")).status()).isEqualTo(200);

        Reply registered = send(admin, "POST", "/api/users", body("admins-own"));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(send(admin, "POST", "/api/users", body("admins-second")).status())
                .as("an admin registers users of nobody, as many as it likes").isEqualTo(201);
        assertThat(send(admin, "GET", "/api/users/me", null).status()).as("the admin owns none of them").isEqualTo(404);
        assertThat(send(admin, "DELETE", "/api/users/" + registered.text("id"), null).status()).isEqualTo(204);
        assertThat(send(admin, "DELETE", "/api/users/" + ada.id(), null).status()).isEqualTo(204);
    }

    @Test
    void registersOneUserPerIdentityWhen64RegistrationsRace() throws Exception {
        String token = identities.tokens().member();
        int contenders = 64;
        ExecutorService threads = Executors.newFixedThreadPool(contenders);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                replies.add(threads.submit(() -> {
                    start.await();
                    return send(token, "POST", "/api/users", body("racer"));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                statuses.add(reply.get(1, TimeUnit.MINUTES).status());
            }

            assertThat(statuses).as("64 registrations of one identity at once").containsOnly(201, 409)
                    .filteredOn(status -> status == 201).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(send(token, "GET", "/api/users/me", null).status()).isEqualTo(200);
    }

    @Test
    void acceptsTheNewKeyOnceTheIssuerRotatesAndRefusesTheRetiredOne() {
        JWK retired = identities.rotateToANewKey();

        Reply withNewKey = send(identities.tokens().member(), "POST", "/api/users", body("after-rotation"));
        Reply withRetiredKey = send(new TestTokens(retired).member(), "POST", "/api/users", body("retired-key"));

        assertThat(withNewKey.status()).as("a token signed with the key the JWK Set now holds").isEqualTo(201);
        assertThat(withRetiredKey.status()).as("a token signed with the key it no longer holds").isEqualTo(401);
    }

    /** A member registers its own user; the answer says who it is and what it looks like now. */
    private Owned registerAMember() {
        String token = identities.tokens().member();
        Reply registered = send(token, "POST", "/api/users", body("member"));
        assertThat(registered.status()).as("a member's registration: %s", registered).isEqualTo(201);
        return new Owned(token, registered.text("id"), registered.text("email"), registered.body());
    }

    /** What an admin reads of the user is what it was when registered: nothing refused changed it. */
    private void assertUnchanged(Owned user) {
        Reply now = send(identities.tokens().admin(), "GET", "/api/users/" + user.id(), null);
        assertThat(now.body()).as("the user after the refused requests").isEqualTo(user.asRegistered());
        assertThat(send(identities.tokens().admin(), "GET", "/api/users?email=" + user.email(), null)
                .json().get("items").size()).isOne();
    }

    private Reply as(Owned member, String method, String path, String json) {
        return send(member.token(), method, path, json);
    }

    private Reply send(String token, String method, String path, String json) {
        return Endpoint.request(client, method, path, json, token == null ? null : "Bearer " + token);
    }

    private static String body(String label) {
        return UserJson.of(label + "-" + UUID.randomUUID() + "@example.org", "Member " + label);
    }

    /** Another key under the same kid: its signatures cannot be checked by the key the JWK Set holds. */
    private static JWK impostorOf(JWK key) {
        RSAKey other = TestKeys.rsa();
        return key instanceof RSAKey ? new RSAKey.Builder(other).keyID(key.getKeyID()).build() : other;
    }

    /** A user a member registered, with the member's token and the user as the service first answered it. */
    private record Owned(String token, String id, String email, String asRegistered) {
    }

    /** One request of the API that needs a token, on a user that exists. */
    private record Endpoint(String method, String path, boolean withBody) {

        static List<Endpoint> guarded() {
            return List.of(new Endpoint("POST", "/api/users", true), new Endpoint("GET", "/api/users/{id}", false),
                    new Endpoint("PUT", "/api/users/{id}", true), new Endpoint("DELETE", "/api/users/{id}", false),
                    new Endpoint("GET", "/api/users?limit=5", false),
                    new Endpoint("GET", "/api/users?email=someone@example.org", false),
                    new Endpoint("GET", "/api/users/me", false), new Endpoint("GET", "/metrics", false));
        }

        Reply send(LoopbackClient client, String id, String authorization) {
            return request(client, method, path.replace("{id}", id), withBody ? body("guarded") : null, authorization);
        }

        static Reply request(LoopbackClient client, String method, String path, String json, String authorization) {
            List<String> headers = new ArrayList<>();
            if (authorization != null) {
                headers.addAll(List.of("Authorization", authorization));
            }
            BodyPublisher publisher = BodyPublishers.noBody();
            if (json != null) {
                headers.addAll(List.of("Content-Type", "application/json"));
                publisher = BodyPublishers.ofString(json);
            }
            return client.send(method, path, publisher, headers.toArray(String[]::new));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}

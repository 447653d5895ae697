package org.acme.users.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;
import org.acme.users.bootstrap.reliability.LoopbackClient;
import org.acme.users.bootstrap.reliability.Reply;
import org.acme.users.bootstrap.reliability.UserJson;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The limits per client address over real HTTP, on each adapter: three registrations a minute and twenty requests a
 * second. A client that forges {@code X-Forwarded-For} from a peer that is no trusted proxy gains nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ParameterizedClass(name = "{0}")
@MethodSource("org.acme.users.bootstrap.fixture.AdapterOnDatabase#quickestOfEach")
class RateLimitTest {

    private static final int REGISTRATIONS_PER_MINUTE = 3;
    private static final int REQUESTS_PER_SECOND = 20;

    @Parameter
    AdapterOnDatabase adapter;

    private IdentityProvider identities;
    private ServiceOnTestDatabase service;
    private LoopbackClient client;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void startService() {
        identities = IdentityProvider.start();
        service = adapter.startService(identities.serviceSettings(Map.of(
                "RATE_LIMIT_REGISTRATIONS", Integer.toString(REGISTRATIONS_PER_MINUTE),
                "RATE_LIMIT_REQUESTS", Integer.toString(REQUESTS_PER_SECOND))));
        client = new LoopbackClient(service.baseUri(), LoopbackClient.PATIENT);
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void stopService() {
        if (service != null) {
            service.close();
        }
        identities.close();
    }

    @Test
    @Order(1)
    void holdsTheRegistrationLimitWithARetryAfterThatMatchesTheRefill() {
        for (int i = 0; i < REGISTRATIONS_PER_MINUTE; i++) {
            assertThat(register().status()).as("registration %d of %d", i + 1, REGISTRATIONS_PER_MINUTE)
                    .isEqualTo(201);
        }

        Reply overTheLimit = register();
        Reply forged = register("X-Forwarded-For", "203.0.113.7");

        assertThat(overTheLimit.status()).isEqualTo(429);
        assertThat(overTheLimit.header("Content-Type")).startsWith("application/problem+json");
        // Three a minute refill one every 20 s: the next one is at most that far away.
        assertThat(Integer.parseInt(overTheLimit.header("Retry-After"))).isBetween(1, 60 / REGISTRATIONS_PER_MINUTE);
        assertThat(forged.status()).as("the same client naming another address itself").isEqualTo(429);
        assertThat(client.get("/health").status()).as("other requests than registrations").isEqualTo(200);
    }

    /** Runs last: it empties this client's bucket of requests, which every other request draws on too. */
    @Test
    @Order(2)
    void holdsTheRequestLimit() {
        List<Integer> statuses = new ArrayList<>();
        Reply refused = null;
        long start = System.nanoTime();
        for (int i = 0; i < 3 * REQUESTS_PER_SECOND; i++) {
            Reply reply = client.get("/health");
            statuses.add(reply.status());
            refused = reply.status() == 429 ? reply : refused;
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(statuses).as("%d requests as fast as one client sends them", statuses.size())
                .containsOnly(200, 429).contains(429);
        // A full bucket, and what refilled while the burst lasted, at most.
        assertThat(statuses.stream().filter(status -> status == 200).count()).as("answered in %.2f s", seconds)
                .isLessThanOrEqualTo(REQUESTS_PER_SECOND + (long) Math.ceil(seconds * REQUESTS_PER_SECOND));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isEqualTo(1);
    }

    private Reply register(String... moreHeaders) {
        List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json",
                "Authorization", "Bearer " + identities.tokens().member()));
        headers.addAll(List.of(moreHeaders));
        return client.send("POST", "/api/users",
                BodyPublishers.ofString(UserJson.of("limited-" + UUID.randomUUID() + "@example.org", "Limited")),
                headers.toArray(String[]::new));
    }
}

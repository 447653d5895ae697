package org.acme.users.bootstrap.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.acme.users.adapter.web.security.TestTokens;
import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;
import org.acme.users.bootstrap.security.IdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The hostile-input rules with AUTH=jwt, on the default adapter: every generated request carries an admin's token,
 * so it gets past authentication and reaches everything an attacker with a stolen admin token could; the raw-byte
 * ones carry none. No 5xx, no leak, nothing changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputUnderJwtTest implements HostileInputRules {

    private final AdapterOnDatabase adapter = AdapterOnDatabase.ofTheDefaultAdapter();
    private IdentityProvider identities;
    private ServiceOnTestDatabase service;
    private LoopbackClient client;

    @BeforeAll
    void startService() {
        identities = IdentityProvider.start();
        service = startServiceBehindRelay();
        client = new LoopbackClient(service.baseUri(), LoopbackClient.PATIENT)
                .withHeaderOnEveryRequest("Authorization", "Bearer " + identities.tokens().signed(claims -> claims
                        .claim("scope", TestTokens.ADMIN_SCOPE)
                        .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))))));
    }

    @AfterAll
    void stopService() {
        if (service != null) {
            service.close();
        }
        identities.close();
    }

    /** Raw bytes go out as they are, without the admin's token: API.md's answer to a request without one is 401. */
    @Override
    public Set<Integer> alsoAllowedForRawBytes() {
        return Set.of(401);
    }

    @Override
    public LoopbackClient client() {
        return client;
    }

    @Override
    public ServiceOnTestDatabase startServiceBehindRelay() {
        return adapter.startService(identities.serviceSettings(Map.of("RATE_LIMIT_REGISTRATIONS", "0")));
    }
}

package org.acme.users.bootstrap.openapi;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.acme.users.adapter.web.security.JwkSetServer;
import org.acme.users.adapter.web.security.TestKeys;
import org.acme.users.adapter.web.security.TestTokens;
import org.acme.users.bootstrap.config.CoreSettings;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.bootstrap.fixture.TestSettings;
import org.acme.users.bootstrap.server.UsersService;

/**
 * The service with {@code AUTH=jwt} on H2, for the answers that only tokens, rate limits and cross-origin checks
 * give: its keys come from a JWK Set served here, each client address may send one request a second and one
 * registration a minute, and {@value #ALLOWED_ORIGIN} is the one origin allowed. The loopback address is a trusted
 * proxy, so that each request can name its own client address in {@code X-Forwarded-For} and be limited by nothing
 * sent before it. Next to it runs a second one whose issuer's JWK Set cannot be fetched.
 */
final class ServicesWithTokens implements AutoCloseable {

    static final String ALLOWED_ORIGIN = "https://app.example.test";

    private static final AtomicInteger CLIENT_ADDRESSES = new AtomicInteger();

    private final JwkSetServer jwkSet;
    private final TestTokens tokens;
    private final String h2Url;
    private UsersService service;
    private UsersService withUnreachableKeys;

    private ServicesWithTokens(JwkSetServer jwkSet, TestTokens tokens, String h2Url) {
        this.jwkSet = jwkSet;
        this.tokens = tokens;
        this.h2Url = h2Url;
    }

    /** @param directory where the services keep their H2 databases */
    static ServicesWithTokens start(Path directory) {
        RSAKey key = TestKeys.rsa();
        ServicesWithTokens services = new ServicesWithTokens(JwkSetServer.serving(key), new TestTokens(key),
                "jdbc:h2:file:" + directory.resolve("with-tokens"));
        try {
            services.service = UsersService.start(settings(services.h2Url, services.jwkSet.url().toString()));
            String unreachable;
            try (JwkSetServer gone = JwkSetServer.serving(TestKeys.rsa())) {
                unreachable = gone.url().toString();
            }
            services.withUnreachableKeys = UsersService.start(
                    settings("jdbc:h2:file:" + directory.resolve("keys-unreachable"), unreachable));
            return services;
        } catch (RuntimeException failure) {
            services.close();
            throw failure;
        }
    }

    /** The service that checks tokens against the keys of {@link #tokens()}. */
    UsersService service() {
        return service;
    }

    /** A service whose issuer's JWK Set is at an address where nothing answers. */
    UsersService withUnreachableKeys() {
        return withUnreachableKeys;
    }

    /** Tokens that {@link #service()} accepts. */
    TestTokens tokens() {
        return tokens;
    }

    /** The JDBC URL of {@link #service()}'s database, user {@code sa} with no password. */
    String h2Url() {
        return h2Url;
    }

    /** {@code headers} and a client address of its own for every request. */
    static Supplier<List<String>> newClientAddressEach(String... headers) {
        return () -> withClientAddress(nextClientAddress(), headers);
    }

    /** {@code headers} and one client address for all requests: they share its rate limits. */
    static Supplier<List<String>> oneClientAddress(String... headers) {
        List<String> all = withClientAddress(nextClientAddress(), headers);
        return () -> all;
    }

    @Override
    public void close() {
        for (UsersService started : new UsersService[] {service, withUnreachableKeys}) {
            if (started != null) {
                started.close();
            }
        }
        jwkSet.close();
    }

    private static Settings settings(String databaseUrl, String jwkSetUrl) {
        Map<String, String> settings = new HashMap<>();
        settings.put("DATABASE_URL", databaseUrl);
        settings.put("DATABASE_USER", "sa");
        settings.put(CoreSettings.AUTH.name(), "jwt");
        settings.put(CoreSettings.JWT_ISSUER.name(), TestTokens.ISSUER);
        settings.put(CoreSettings.JWT_AUDIENCE.name(), TestTokens.AUDIENCE);
        settings.put(CoreSettings.JWT_JWKS_URI.name(), jwkSetUrl);
        settings.put(CoreSettings.RATE_LIMIT_REQUESTS.name(), "1");
        settings.put(CoreSettings.RATE_LIMIT_REGISTRATIONS.name(), "1");
        settings.put(CoreSettings.TRUSTED_PROXIES.name(), "127.0.0.1");
        settings.put(CoreSettings.CORS_ORIGINS.name(), ALLOWED_ORIGIN);
        return TestSettings.of("sql", settings);
    }

    private static String nextClientAddress() {
        int next = CLIENT_ADDRESSES.incrementAndGet();
        // The IPv6 documentation prefix: addresses that belong to no one.
        return String.format("2001:db8::%x:%x", next >>> 16, next & 0xffff);
    }

    private static List<String> withClientAddress(String address, String... headers) {
        List<String> all = new ArrayList<>(Arrays.asList(headers));
        all.add("X-Forwarded-For");
        all.add(address);
        return all;
    }
}

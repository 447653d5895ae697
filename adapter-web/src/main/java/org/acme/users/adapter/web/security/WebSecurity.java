package org.acme.users.adapter.web.security;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * How the HTTP API guards itself: whether callers must prove who they are, how many requests a client address may
 * send, which proxies may name the client, and which other origins a browser may let read the answers. A bean of
 * the context that holds the use cases; {@link org.acme.users.adapter.web.WebFilters} adds its filters.
 *
 * @param bearerTokens   checks the token of {@code Authorization: Bearer}; empty when no identity is checked
 *                       ({@code AUTH=none}), and then every request is {@link org.acme.users.application.port.in.Caller#anyone()}
 * @param rateLimits     the limits per client address
 * @param clientAddresses how a request's client address is found
 * @param corsOrigins    the origins that may read the API from a browser; empty grants none
 */
public record WebSecurity(
        Optional<JwtDecoder> bearerTokens,
        RateLimits rateLimits,
        ClientAddresses clientAddresses,
        List<String> corsOrigins) {

    public WebSecurity {
        Objects.requireNonNull(bearerTokens, "bearerTokens");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(clientAddresses, "clientAddresses");
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** No authentication, no limits, no trusted proxy, no cross-origin access: v1's API. */
    public static WebSecurity open() {
        return new WebSecurity(Optional.empty(), RateLimits.OFF, ClientAddresses.peerOnly(), List.of());
    }

    /** Bearer tokens checked by {@code tokens}, and nothing else. */
    public static WebSecurity bearerTokens(JwtDecoder tokens) {
        return new WebSecurity(Optional.of(tokens), RateLimits.OFF, ClientAddresses.peerOnly(), List.of());
    }

    public WebSecurity withRateLimits(RateLimits limits) {
        return new WebSecurity(bearerTokens, limits, clientAddresses, corsOrigins);
    }

    public WebSecurity withClientAddresses(ClientAddresses addresses) {
        return new WebSecurity(bearerTokens, rateLimits, addresses, corsOrigins);
    }

    public WebSecurity withCorsOrigins(List<String> origins) {
        return new WebSecurity(bearerTokens, rateLimits, clientAddresses, origins);
    }

    public boolean requiresTokens() {
        return bearerTokens.isPresent();
    }
}

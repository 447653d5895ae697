package org.acme.users.adapter.web.security;

import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.acme.users.adapter.web.problem.ProblemDetailsAdvice;
import org.acme.users.adapter.web.problem.ProblemResponses;
import org.acme.users.adapter.web.problem.ProblemType;
import org.acme.users.application.port.in.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * {@code AUTH=jwt}: every request needs a valid bearer token, whose caller it leaves for the controllers, except
 * those to the open paths (health and the API's description); {@code /metrics} is for admins only. Closed unless
 * named open, so that no spelling of a path the filter did not think of slips past it. A refused token is a 401 whose body never says which check failed: that would tell a
 * forger what to fix. The reason is logged at DEBUG.
 */
final class BearerTokenFilter extends HttpFilter {

    static final String METRICS_PATH = "/metrics";
    private static final Set<String> OPEN_PATHS = Set.of("/health", "/openapi.json", "/docs");
    private static final String OPEN_PREFIX = "/docs/";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String CHALLENGE = "Bearer";
    private static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";

    private final transient JwtDecoder tokens;
    /** When a fetch of the issuer's JWK Set last failed; the fetches that follow it are held back for a while. */
    private final AtomicReference<Instant> keysLastUnavailable = new AtomicReference<>(Instant.MIN);
    // Reads only the Authorization header: a token in the query string would end up in access logs.
    private final transient DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();

    BearerTokenFilter(JwtDecoder tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = pathOf(request);
        if (OPEN_PATHS.contains(path) || path.startsWith(OPEN_PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        String token;
        try {
            token = resolver.resolve(request);
        } catch (OAuth2AuthenticationException malformedHeader) {
            refuse(request, response, "malformed Authorization header");
            return;
        }
        if (token == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
            ProblemResponses.write(request, response, ProblemType.UNAUTHENTICATED,
                    "This request needs a bearer token: Authorization: Bearer <token>.");
            return;
        }
        Optional<Caller> caller;
        try {
            caller = TokenCaller.of(tokens.decode(token));
        } catch (JwtException refused) {
            if (keysUnavailable(refused)) {
                keysLastUnavailable.set(Instant.now());
                keysUnavailable(request, response, refused);
            } else if (refetchHeldBack(refused) && keysUnavailableRecently()) {
                // No keys to check with, and no fetch allowed yet: still the issuer's outage, not a bad token.
                keysUnavailable(request, response, refused);
            } else {
                refuse(request, response, refused.getMessage());
            }
            return;
        }
        if (caller.isEmpty()) {
            refuse(request, response, "iss and sub make no owner");
            return;
        }
        if (METRICS_PATH.equals(path) && !(caller.get() instanceof Caller.Admin)) {
            ProblemResponses.write(request, response, ProblemType.NOT_PERMITTED,
                    "The metrics are for administrators only.");
            return;
        }
        CallerAttribute.set(request, caller.get());
        chain.doFilter(request, response);
    }

    /** The path as the container decoded and normalised it, which is what Spring MVC routes by. */
    private static String pathOf(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        LOG.debug("Bearer token refused: {}", reason);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN_CHALLENGE);
        ProblemResponses.write(request, response, ProblemType.UNAUTHENTICATED, "The bearer token was not accepted.");
    }

    /** The issuer's JWK Set could not be fetched: the token may well be good, so this is no 401. */
    private static boolean keysUnavailable(JwtException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JWKSetUnavailableException) {
                return true;
            }
        }
        return false;
    }

    /** The JWK Set source held a fetch back: too many in a short time, after an unknown kid or a failure. */
    private static boolean refetchHeldBack(JwtException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RateLimitReachedException) {
                return true;
            }
        }
        return false;
    }

    private boolean keysUnavailableRecently() {
        return keysLastUnavailable.get().isAfter(Instant.now().minus(BearerTokens.JWK_SET_REFETCH_INTERVAL));
    }

    private static void keysUnavailable(HttpServletRequest request, HttpServletResponse response,
            JwtException failure) throws IOException {
        LOG.warn("Cannot check a bearer token: the issuer's JWK Set is unavailable: {}", failure.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, ProblemDetailsAdvice.RETRY_AFTER_SECONDS);
        ProblemResponses.write(request, response, ProblemType.TOKEN_KEYS_UNAVAILABLE,
                "The keys to check the bearer token cannot be fetched right now; try again later.");
    }
}

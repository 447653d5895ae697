package org.acme.users.adapter.web.security;

import jakarta.servlet.Filter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters that {@link WebSecurity} asks for, by name, outermost first: cross-origin checks (a preflight carries
 * no token), the rate limits (so that guessing tokens counts too), then the token check. Only what is switched on is
 * added: {@code AUTH=none} without limits or origins adds nothing to a request's path.
 */
public final class SecurityFilters {

    private SecurityFilters() {
    }

    public static Map<String, Filter> of(WebSecurity security) {
        Map<String, Filter> filters = new LinkedHashMap<>();
        if (!security.corsOrigins().isEmpty()) {
            filters.put("crossOrigin", new CrossOriginFilter(security.corsOrigins()));
        }
        if (security.rateLimits().anyOn()) {
            filters.put("rateLimit", new RateLimitFilter(security.rateLimits(), security.clientAddresses()));
        }
        security.bearerTokens().ifPresent(tokens -> filters.put("bearerToken", new BearerTokenFilter(tokens)));
        return filters;
    }
}

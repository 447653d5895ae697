package org.acme.users.adapter.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.acme.users.adapter.web.problem.ProblemResponses;
import org.acme.users.adapter.web.problem.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Cross-origin access for the origins of {@code CORS_ORIGINS}, through Spring's CORS processing: a preflight from
 * such an origin is answered here (before any token is asked for: browsers send none with it), and its answers carry
 * the {@code Access-Control-*} headers. A cross-origin request from any other origin is a 403 problem.
 */
final class CrossOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Browsers may reuse a preflight's answer this long (Chromium caps it at two hours anyway). */
    static final Duration PREFLIGHT_CACHED_FOR = Duration.ofMinutes(10);

    private final transient CorsConfiguration configuration = new CorsConfiguration();
    private final transient DefaultCorsProcessor processor = new ProblemReportingCorsProcessor();

    CrossOriginFilter(List<String> origins) {
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
                HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "X-Request-Id"));
        configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
                HttpHeaders.WWW_AUTHENTICATE, "X-Request-Id"));
        // Bearer tokens, not cookies: a browser is never to send credentials of its own along.
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(PREFLIGHT_CACHED_FOR);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!CorsUtils.isCorsRequest(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!processor.processRequest(configuration, request, response)) {
            ProblemResponses.write(request, response, ProblemType.NOT_PERMITTED,
                    "This origin may not use the API from a browser.");
            return;
        }
        if (CorsUtils.isPreFlightRequest(request)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Leaves the refusal's answer to the filter, which writes a problem document instead of Spring's plain text. */
    private static final class ProblemReportingCorsProcessor extends DefaultCorsProcessor {

        @Override
        protected void rejectRequest(ServerHttpResponse response) {
            // The filter answers.
        }
    }
}

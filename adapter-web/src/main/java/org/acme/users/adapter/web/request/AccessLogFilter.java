package org.acme.users.adapter.web.request;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerMapping;

/** Logs one line per request: request id, method, route (the matched pattern, not the raw path), status, duration. */
public class AccessLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger("org.acme.users.access");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String route = routeOf(request);
            // The key-value pairs are for structured (JSON) logs; the text log shows the message alone.
            LOG.atInfo()
                    .addKeyValue("method", request.getMethod())
                    .addKeyValue("route", route)
                    .addKeyValue("status", response.getStatus())
                    .addKeyValue("durationMs", millis)
                    .log("request={} {} {} status={} duration={}ms",
                            RequestIdFilter.idOf(request), request.getMethod(), route, response.getStatus(), millis);
        }
    }

    private static String routeOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        // Unmatched paths are logged as one route so that scanners cannot fill the log with arbitrary text.
        return pattern == null ? "(no route)" : pattern.toString();
    }
}

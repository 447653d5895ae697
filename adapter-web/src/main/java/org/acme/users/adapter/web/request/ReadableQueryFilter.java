package org.acme.users.adapter.web.request;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.acme.users.adapter.web.problem.ProblemResponses;
import org.acme.users.adapter.web.problem.ProblemType;

/**
 * Refuses with 400 a query string that the servlet container cannot read: a broken %-escape, bytes that are not
 * UTF-8, more parameters than it takes. Servlet 6.1 has the first read of the parameters throw an
 * IllegalStateException then, which inside the application looks like a failure of the service's own (500).
 * Requests with a body are left alone: reading their parameters could consume a form body, and no endpoint that
 * takes a body reads parameters.
 */
public class ReadableQueryFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getQueryString() != null && !hasBody(request)) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException unreadable) {
                ProblemResponses.write(request, response, ProblemType.MALFORMED_REQUEST,
                        "The query string cannot be read: every % must start an escape of UTF-8 bytes such as %40.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}

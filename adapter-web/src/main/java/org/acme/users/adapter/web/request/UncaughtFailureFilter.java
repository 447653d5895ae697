package org.acme.users.adapter.web.request;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.acme.users.adapter.web.problem.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a failure that escaped everything behind this filter (a filter's, or Spring MVC's before it chose a
 * handler, where the advice never sees it) as the advice answers the unexpected: logged under the request id, then
 * a 500 internal-error problem. Left to Tomcat, it would be logged without the id, and only after the access line
 * had recorded a status the client never got.
 */
public class UncaughtFailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtFailureFilter.class);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            if (response.isCommitted()) {
                // The status is sent and stays what it is. This is mostly a client that went away while the body was
                // written, which Tomcat notes quietly; all it can still do is close the connection.
                throw failure;
            }
            LOG.error("Unexpected failure serving {} {}", request.getMethod(), request.getRequestURI(), failure);
            response.reset();
            response.setHeader(RequestIdFilter.HEADER, RequestIdFilter.idOf(request));
            ProblemResponses.write(response, ProblemResponses.internalError(request));
        }
    }
}

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
 * Refuses bodies over {@value #LIMIT_BYTES} bytes with 413: at once when Content-Length says so, and by
 * counting the bytes when it is absent (chunked transfer) or lies. A body within the limit is read here
 * and handed on from memory, so nothing behind this filter can read past the limit.
 */
public class BodySizeLimitFilter extends HttpFilter {

    public static final int LIMIT_BYTES = 64 * 1024;

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > LIMIT_BYTES) {
            refuse(request, response);
            return;
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(LIMIT_BYTES + 1);
        if (body.length > LIMIT_BYTES) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemResponses.write(request, response, ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + LIMIT_BYTES / 1024 + " KiB.");
    }
}

package org.acme.users.adapter.web.request;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import org.acme.users.adapter.web.problem.ProblemResponses;
import org.acme.users.adapter.web.problem.ProblemType;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.UriUtils;

/**
 * Refuses with 400 a request that the servlet container let through but that cannot be read, which inside the
 * application would look like a failure of the service's own (500):
 * <ul>
 * <li>a {@code Content-Type} whose charset Java does not know, or that cannot even be a charset's name: Spring MVC
 * decodes the path in that charset before it writes any answer, the advice's problems included;</li>
 * <li>path parameters (after a {@code ;} in a segment) with a broken %-escape: Tomcat refuses such escapes in the
 * rest of the path itself but leaves path parameters undecoded, and Spring MVC, decoding them while it matches the
 * route, fails before any handler or advice runs;</li>
 * <li>a query string with a broken %-escape, bytes that are not UTF-8, or more parameters than the container takes:
 * Servlet 6.1 has the first read of the parameters throw an IllegalStateException then. Requests with a body are
 * left alone here: reading their parameters could consume a form body, and no endpoint that takes a body reads
 * parameters.</li>
 * </ul>
 */
public class ReadableRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!hasReadableCharset(request)) {
            ProblemResponses.write(request, response, ProblemType.MALFORMED_REQUEST,
                    "Content-Type names a charset this API cannot read; send JSON as UTF-8.");
            return;
        }
        if (!hasReadablePathParameters(request)) {
            ProblemResponses.write(request, response, ProblemType.MALFORMED_REQUEST,
                    "The path cannot be read: every % must start an escape such as %40, also after a ;.");
            return;
        }
        if (!hasReadableQuery(request)) {
            ProblemResponses.write(request, response, ProblemType.MALFORMED_REQUEST,
                    "The query string cannot be read: every % must start an escape of UTF-8 bytes such as %40.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasReadableCharset(HttpServletRequest request) {
        String charset = request.getCharacterEncoding();
        try {
            return charset == null || Charset.isSupported(charset);
        } catch (IllegalCharsetNameException notAName) {
            return false;
        }
    }

    private static boolean hasReadablePathParameters(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.indexOf(';') < 0) {
            return true;
        }
        try {
            // What Spring MVC's DispatcherServlet does with the path before it chooses a handler, and what it does
            // before it writes any body (its guard against reflected file downloads decodes the whole path).
            RequestPath.parse(path, request.getContextPath());
            UriUtils.decode(path, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException undecodable) {
            return false;
        }
    }

    private static boolean hasReadableQuery(HttpServletRequest request) {
        if (request.getQueryString() == null || hasBody(request)) {
            return true;
        }
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException unreadable) {
            return false;
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}

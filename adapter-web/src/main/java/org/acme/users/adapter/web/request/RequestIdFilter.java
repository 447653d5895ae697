package org.acme.users.adapter.web.request;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@value #HEADER} if it is a sane token, else a new one. The id
 * goes back in the response header, into every log line (MDC key {@value #MDC_KEY}) and into error bodies.
 */
public class RequestIdFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Request attribute under which the id is kept for the rest of the request. */
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

    private static final long serialVersionUID = 1L;
    // Short and plain, so a caller cannot smuggle line breaks or markup into logs and bodies.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String incoming = request.getHeader(HEADER);
        String requestId = incoming != null && ACCEPTABLE.matcher(incoming).matches()
                ? incoming
                : newRequestId();
        request.setAttribute(ATTRIBUTE, requestId);
        response.setHeader(HEADER, requestId);
        MDC.put(MDC_KEY, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /**
     * A random UUID (version 4) from {@link ThreadLocalRandom}. A request id only correlates log lines and needs
     * no unpredictability; {@link UUID#randomUUID()} draws from a shared {@code SecureRandom} on every request.
     */
    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = random.nextLong() & ~0xF000L | 0x4000L;
        long leastSignificant = random.nextLong() & ~(0xC000L << 48) | 0x8000L << 48;
        return new UUID(mostSignificant, leastSignificant).toString();
    }

    /** The id of the request being served, or {@code "-"} outside this filter. */
    public static String idOf(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id == null ? "-" : id.toString();
    }
}

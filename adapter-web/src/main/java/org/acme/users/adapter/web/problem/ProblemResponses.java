package org.acme.users.adapter.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.acme.users.adapter.web.ApiJson;
import org.acme.users.adapter.web.request.RequestIdFilter;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the RFC 9457 body of every error: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance} (the request path) and {@code requestId}, the id under which the request was logged.
 */
public final class ProblemResponses {

    public static final String REQUEST_ID_PROPERTY = "requestId";

    private static final JsonMapper JSON = ApiJson.mapperBuilder().build();

    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpServletRequest request, ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty(REQUEST_ID_PROPERTY, RequestIdFilter.idOf(request));
        return problem;
    }

    /** A client error of a kind this API has no own type for: RFC 9457's {@code about:blank}, titled by the status. */
    public static ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty(REQUEST_ID_PROPERTY, RequestIdFilter.idOf(request));
        return problem;
    }

    /** For code outside Spring MVC (servlet filters), which cannot return a {@link ProblemDetail}. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem(request, type, detail));
    }
}

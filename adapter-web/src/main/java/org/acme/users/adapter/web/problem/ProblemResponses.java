package org.acme.users.adapter.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
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
    private static final URI BLANK_TYPE = URI.create("about:blank");

    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpServletRequest request, ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        problem.setInstance(instanceOf(request));
        problem.setProperty(REQUEST_ID_PROPERTY, RequestIdFilter.idOf(request));
        return problem;
    }

    /** The answer to the unexpected, whose detail quotes the request id under which the failure was logged. */
    public static ProblemDetail internalError(HttpServletRequest request) {
        return problem(request, ProblemType.INTERNAL_ERROR, "An unexpected error occurred. Quote the request id "
                + RequestIdFilter.idOf(request) + " when reporting it.");
    }

    /** A client error of a kind this API has no own type for: RFC 9457's {@code about:blank}, titled by the status. */
    public static ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        // Set, not left as the default: Spring then leaves the member out, and API.md wants every problem to name its type.
        problem.setType(BLANK_TYPE);
        problem.setInstance(instanceOf(request));
        problem.setProperty(REQUEST_ID_PROPERTY, RequestIdFilter.idOf(request));
        return problem;
    }

    /** For code outside Spring MVC (servlet filters), which cannot return a {@link ProblemDetail}. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        write(response, problem(request, type, detail));
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }

    /** The request path; one the container could not even decode is quoted rather than dropped. */
    private static URI instanceOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path == null) {
            // A request line that is not HTTP has no path at all.
            return URI.create("/");
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            try {
                return new URI(null, null, path, null);
            } catch (URISyntaxException unquotable) {
                return URI.create("/");
            }
        }
    }
}

package org.acme.users.adapter.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/** Describes the client errors that Spring MVC raises before a controller runs, in the API's own words. */
final class SpringMvcProblems {

    private SpringMvcProblems() {
    }

    static ProblemDetail describe(ErrorResponse failure, HttpServletRequest request) {
        int status = failure.getStatusCode().value();
        return switch (status) {
            case 404 -> ProblemResponses.problem(request, ProblemType.RESOURCE_NOT_FOUND,
                    "Nothing is served at this path.");
            case 405 -> ProblemResponses.problem(request, ProblemType.METHOD_NOT_ALLOWED,
                    "The method " + request.getMethod() + " is not allowed here; see the Allow header.");
            case 406 -> ProblemResponses.problem(request, ProblemType.NOT_ACCEPTABLE,
                    "The API answers with application/json only.");
            case 415 -> ProblemResponses.problem(request, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The body must be sent as application/json.");
            default -> ProblemResponses.problem(request, failure.getStatusCode(),
                    "The request cannot be served as sent.");
        };
    }
}

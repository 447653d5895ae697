package org.acme.users.adapter.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.acme.users.application.port.in.NotPermittedException;
import org.acme.users.domain.model.InvalidUserDataException;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.acme.users.domain.port.RepositoryBusyException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.VersionConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every failure into the RFC 9457 answer of API.md. Bodies carry only texts written here: an
 * exception's own message may hold driver or SQL text and is logged, never sent.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice {

    /** Seconds a client should wait before retrying while the database is away. */
    public static final String RETRY_AFTER_SECONDS = "5";
    /** Seconds a client should wait before retrying a saturated service: a queue drains quicker than an outage. */
    public static final String BUSY_RETRY_AFTER_SECONDS = "1";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final BusyLog busyLog = new BusyLog(LOG);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidUserData(InvalidUserDataException failure, HttpServletRequest request) {
        ProblemDetail problem = ProblemResponses.problem(request, ProblemType.INVALID_USER_DATA,
                "One or more fields break the rules for a user.");
        List<FieldProblem> errors = failure.violations().stream()
                .map(violation -> new FieldProblem(violation.field(), violation.message()))
                .toList();
        problem.setProperty("errors", errors);
        return answer(problem, new HttpHeaders());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> emailAlreadyUsed(EmailAlreadyUsedException failure, HttpServletRequest request) {
        return answer(request, ProblemType.EMAIL_ALREADY_USED, "Another user already has this e-mail address.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ownerAlreadyRegistered(OwnerAlreadyRegisteredException failure,
            HttpServletRequest request) {
        return answer(request, ProblemType.OWNER_ALREADY_REGISTERED,
                "The caller has registered a user already; each identity registers one.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notPermitted(NotPermittedException failure, HttpServletRequest request) {
        return answer(request, ProblemType.NOT_PERMITTED, "The caller may not do this.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> userNotFound(UserNotFoundException failure, HttpServletRequest request) {
        return answer(request, ProblemType.USER_NOT_FOUND, "No user has the id " + failure.id() + ".");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> versionConflict(VersionConflictException failure, HttpServletRequest request) {
        return answer(request, ProblemType.PRECONDITION_FAILED,
                "The user is no longer at version " + failure.expectedVersion() + "; nothing was changed.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailedException failure, HttpServletRequest request) {
        return answer(request, ProblemType.PRECONDITION_FAILED, failure.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> malformedRequest(MalformedRequestException failure, HttpServletRequest request) {
        return answer(request, ProblemType.MALFORMED_REQUEST, failure.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException failure, HttpServletRequest request) {
        return answer(request, ProblemType.MALFORMED_REQUEST, UnreadableBodyDescription.of(failure));
    }

    /** A busy answer is logged through {@link BusyLog}: a WARN per request would add to the load it reports. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> repositoryBusy(RepositoryBusyException failure, HttpServletRequest request) {
        busyLog.refused(failure);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, BUSY_RETRY_AFTER_SECONDS);
        return answer(ProblemResponses.problem(request, ProblemType.SERVICE_BUSY,
                "The service has more requests than it can serve right now; nothing was changed. Try again shortly."),
                headers);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> repositoryUnavailable(
            RepositoryUnavailableException failure, HttpServletRequest request) {
        LOG.warn("Database unavailable: {}", failure.getMessage());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return answer(ProblemResponses.problem(request, ProblemType.DATABASE_UNAVAILABLE,
                "The database cannot be reached right now; nothing was changed. Try again later."), headers);
    }

    /** Spring MVC's own failures (no route, wrong method, media types) keep their status and headers. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> anythingElse(Exception failure, HttpServletRequest request) {
        if (failure instanceof ErrorResponse springFailure && springFailure.getStatusCode().is4xxClientError()) {
            ProblemDetail problem = SpringMvcProblems.describe(springFailure, request);
            return answer(problem, springFailure.getHeaders());
        }
        LOG.error("Unexpected failure serving {} {}", request.getMethod(), request.getRequestURI(), failure);
        return answer(ProblemResponses.internalError(request), new HttpHeaders());
    }

    private static ResponseEntity<ProblemDetail> answer(HttpServletRequest request, ProblemType type, String detail) {
        return answer(ProblemResponses.problem(request, type, detail), new HttpHeaders());
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                // Set here so that a client's Accept header cannot turn an error into a 406.
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}

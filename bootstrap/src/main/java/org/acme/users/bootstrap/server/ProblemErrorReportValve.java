package org.acme.users.bootstrap.server;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.acme.users.adapter.web.problem.ProblemType;
import org.acme.users.adapter.web.request.RequestIdFilter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the errors that Tomcat answers by itself (a request line or header that is not HTTP, a body that breaks
 * off, a method, transfer coding or version it does not serve) as RFC 9457 problem details like every other error
 * of the API. Tomcat's own page is HTML with its version, the exception's message and even a stack trace.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A path that is safe to echo as the problem's instance; anything else (raw bytes, a full URL) is not. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,2000}");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean canWrite = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, canWrite);
        if (!canWrite.get()) {
            return;
        }
        String requestId = RequestIdFilter.idOf(request);
        if (requestId.equals("-")) {
            requestId = UUID.randomUUID().toString();
            response.setHeader(RequestIdFilter.HEADER, requestId);
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem(status, request.getRequestURI(), requestId)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // The client is gone or the answer is already on its way: there is nothing left to tell it.
        }
    }

    private static Map<String, Object> problem(int status, String path, String requestId) {
        Map<String, Object> problem = new LinkedHashMap<>();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 404 -> ProblemType.RESOURCE_NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 500 -> ProblemType.INTERNAL_ERROR;
            default -> null;
        };
        HttpStatus known = HttpStatus.resolve(status);
        problem.put("type", type == null ? "about:blank" : type.type().toString());
        problem.put("title", type == null ? (known == null ? "Error " + status : known.getReasonPhrase()) : type.title());
        problem.put("status", status);
        problem.put("detail", switch (status) {
            case 405 -> "This method is not allowed here.";
            case 413, 414, 431 -> "The request is larger than this service accepts.";
            case 501, 505 -> "The request needs an HTTP feature or version this service does not offer.";
            default -> status < 500
                    ? "The request cannot be read as sent; check its request line, headers and body."
                    : "An unexpected error occurred. Quote the request id " + requestId + " when reporting it.";
        });
        problem.put("instance", path != null && PLAIN_PATH.matcher(path).matches() ? path : "/");
        problem.put("requestId", requestId);
        return problem;
    }
}

package org.acme.users.adapter.web.problem;

import java.io.IOException;
import java.util.UUID;
import org.acme.users.adapter.web.request.RequestIdFilter;
import org.acme.users.adapter.web.security.ResponseHeaders;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.AbstractProtocol;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Errors that Tomcat answers itself, before any filter or servlet runs (an undecodable URI, say), as RFC 9457
 * problem documents like every other error of the API, instead of Tomcat's HTML page with its version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (request.getAttribute(RequestIdFilter.ATTRIBUTE) == null) {
            String requestId = UUID.randomUUID().toString();
            request.setAttribute(RequestIdFilter.ATTRIBUTE, requestId);
            response.setHeader(RequestIdFilter.HEADER, requestId);
        }
        ResponseHeaders.addTo(response, request.getRequestURI());
        try {
            response.resetBuffer();
            ProblemResponses.write(response, describe(request, response));
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response already committed: there is nobody left to tell.
        }
    }

    private static ProblemDetail describe(Request request, Response response) {
        if (isStopping(request)) {
            // Tomcat refuses what it reads after the connector is paused. When the pause falls between the request
            // line and the headers, it marks the request 503 and then, finding no Host header (it never parsed the
            // headers), overwrites that with 400. Neither reached the application: the client may send it again.
            response.setHeader(HttpHeaders.RETRY_AFTER, ProblemDetailsAdvice.RETRY_AFTER_SECONDS);
            return ProblemResponses.problem(request, ProblemType.SERVICE_STOPPING,
                    "The service is stopping and did not serve this request; send it again.");
        }
        return ProblemResponses.problem(request, HttpStatusCode.valueOf(response.getStatus()),
                "The request cannot be served as sent.");
    }

    private static boolean isStopping(Request request) {
        return request.getConnector().getProtocolHandler() instanceof AbstractProtocol<?> protocol
                && protocol.isPaused();
    }
}

package org.acme.users.bootstrap.server;

import java.io.IOException;
import java.util.UUID;
import org.acme.users.adapter.web.problem.ProblemResponses;
import org.acme.users.adapter.web.request.RequestIdFilter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;

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
        try {
            response.resetBuffer();
            ProblemResponses.write(response, ProblemResponses.problem(request,
                    HttpStatusCode.valueOf(response.getStatus()), "The request cannot be served as sent."));
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response already committed: there is nobody left to tell.
        }
    }
}

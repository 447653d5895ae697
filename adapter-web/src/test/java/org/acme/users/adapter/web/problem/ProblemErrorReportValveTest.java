package org.acme.users.adapter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.acme.users.adapter.web.request.RequestIdFilter;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.CoyoteAdapter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.startup.Tomcat;
import org.apache.coyote.OutputBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the valve makes of the errors Tomcat raises before the application runs, on a real connector. The request
 * and response are built by hand because the case that matters, a request caught between its request line and its
 * headers by the pause of a stopping connector, is a race that no client can hit on purpose.
 */
class ProblemErrorReportValveTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path baseDirectory;

    private Tomcat tomcat;

    @BeforeEach
    void startTomcat() throws LifecycleException {
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDirectory.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        tomcat.start();
    }

    @AfterEach
    void stopTomcat() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }

    @Test
    void answersABadRequestTomcatRefusedWhileRunningAsAProblemWithARequestId() {
        Exchange exchange = refusedByTomcat(400);

        new ProblemErrorReportValve().report(exchange.request(), exchange.response(), null);

        JsonNode problem = exchange.body();
        assertThat(exchange.response().getStatus()).isEqualTo(400);
        assertThat(exchange.response().getContentType()).startsWith("application/problem+json");
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("detail").asString()).isEqualTo("The request cannot be served as sent.");
        assertThat(problem.get("requestId").asString())
                .isEqualTo(exchange.response().getHeader(RequestIdFilter.HEADER))
                .isNotBlank();
        assertThat(exchange.response().getHeader("Retry-After")).isNull();
    }

    /**
     * Tomcat's own mark for a request it reads after the pause is 503; when the pause came between the request line
     * and the headers, it overwrites that with 400 because it never read the Host header.
     */
    @ParameterizedTest(name = "Tomcat''s status {0}")
    @ValueSource(ints = {503, 400})
    void answersWhatTomcatRefusedWhileTheConnectorIsPausedAsServiceStoppingWithRetryAfter(int tomcatsStatus) {
        tomcat.getConnector().pause();
        Exchange exchange = refusedByTomcat(tomcatsStatus);

        new ProblemErrorReportValve().report(exchange.request(), exchange.response(), null);

        JsonNode problem = exchange.body();
        assertThat(exchange.response().getStatus()).isEqualTo(503);
        assertThat(exchange.response().getHeader("Retry-After")).isEqualTo("5");
        assertThat(problem.get("type").asString()).isEqualTo("tag:acme.org,2026:users/problems/service-stopping");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/users/0190a000-0000-7000-8000-000000000001");
    }

    @Test
    void leavesAnAnswerTheApplicationAlreadyWroteAlone() throws IOException {
        tomcat.getConnector().pause();
        Exchange exchange = refusedByTomcat(409);
        exchange.response().getOutputStream().write("{\"written\":\"by the application\"}".getBytes(StandardCharsets.UTF_8));

        new ProblemErrorReportValve().report(exchange.request(), exchange.response(), null);

        assertThat(exchange.response().getStatus()).isEqualTo(409);
        assertThat(exchange.body().get("written").asString()).isEqualTo("by the application");
    }

    private Exchange refusedByTomcat(int status) {
        Connector connector = tomcat.getConnector();
        org.apache.coyote.Request coyoteRequest = new org.apache.coyote.Request();
        coyoteRequest.requestURI().setString("/api/users/0190a000-0000-7000-8000-000000000001");
        org.apache.coyote.Response coyoteResponse = new org.apache.coyote.Response();
        coyoteRequest.setResponse(coyoteResponse);
        coyoteResponse.setRequest(coyoteRequest);
        CapturedBody body = new CapturedBody();
        coyoteResponse.setOutputBuffer(body);
        Request request = connector.createRequest(coyoteRequest);
        Response response = connector.createResponse(coyoteResponse);
        // As Tomcat's adapter does: closing the response's stream finds the request through this note.
        coyoteRequest.setNote(CoyoteAdapter.ADAPTER_NOTES, request);
        request.setResponse(response);
        response.setRequest(request);
        response.setStatus(status);
        response.setError();
        return new Exchange(request, response, body);
    }

    private record Exchange(Request request, Response response, CapturedBody captured) {

        JsonNode body() {
            try {
                response.finishResponse();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return JSON.readTree(captured.bytes.toString(StandardCharsets.UTF_8));
        }
    }

    /** Where the response's bytes go instead of a socket. */
    private static final class CapturedBody implements OutputBuffer {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public int doWrite(ByteBuffer chunk) {
            int length = chunk.remaining();
            byte[] copy = new byte[length];
            chunk.get(copy);
            bytes.writeBytes(copy);
            return length;
        }

        @Override
        public long getBytesWritten() {
            return bytes.size();
        }
    }
}

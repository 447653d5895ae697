package org.acme.users.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors that Tomcat answers before the API's code runs are problem documents too, without Tomcat's version. */
class ContainerErrorsTest {

    private static ServiceOnTestDatabase service;

    @BeforeAll
    static void start() {
        service = AdapterOnDatabase.ofTheDefaultAdapter().startService();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void answersAnUndecodablePathWithA400ProblemDocument() throws IOException {
        // java.net.URI refuses such a path, so the request is written by hand.
        String answer = rawExchange("GET /api/users/a%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer).containsIgnoringCase("X-Request-Id: ");
        assertThat(answer).contains("\"status\":400", "\"instance\":\"/api/users/a%25zz\"", "\"requestId\":\"");
        assertThat(answer).doesNotContain("Tomcat").doesNotContain("<html");
    }

    private static String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket(service.baseUri().getHost(), service.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

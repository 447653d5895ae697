package org.acme.users.adapter.web.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.acme.users.adapter.web.InMemoryWebServer;
import org.acme.users.adapter.web.TextBodyEndpoint;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** A body read as text, after the size limit buffered it: in the charset Content-Type names, and 400 for one it cannot be. */
class BufferedBodyRequestTest {

    private static InMemoryWebServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        server = InMemoryWebServer.start(Clock.systemUTC());
        api = new ApiClient(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void readsTheBodyInTheCharsetThatContentTypeNames() {
        ApiResponse echoed = api.send("POST", TextBodyEndpoint.PATH,
                BodyPublishers.ofByteArray("Łódź".getBytes(StandardCharsets.UTF_16BE)),
                "Content-Type", "text/plain; charset=UTF-16BE");

        assertThat(echoed.status()).isEqualTo(200);
        assertThat(echoed.body()).isEqualTo("Łódź");
    }

    @Test
    void readsABodyWithoutCharsetAsUtf8() {
        ApiResponse echoed = api.send("POST", TextBodyEndpoint.PATH,
                BodyPublishers.ofByteArray("Łódź".getBytes(StandardCharsets.UTF_8)), "Content-Type", "text/plain");

        assertThat(echoed.body()).isEqualTo("Łódź");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-charset", "bad!name", "\"two words\"", "x-mac-nonexistent-9"})
    void answersACharsetItCannotReadWith400(String charset) {
        ApiResponse refused = api.send("POST", TextBodyEndpoint.PATH, BodyPublishers.ofString("text"),
                "Content-Type", "text/plain; charset=" + charset, "X-Request-Id", "unreadable-charset");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asString()).isEqualTo("tag:acme.org,2026:users/problems/malformed-request");
        assertThat(problem.get("requestId").asString()).isEqualTo("unreadable-charset");
        assertThat(refused.body()).doesNotContain("Exception");
    }
}

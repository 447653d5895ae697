package org.acme.users.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Timestamps always show three fraction digits in UTC, even where {@link Instant#toString()} would drop zeros. */
class TimestampPrecisionTest {

    private static InMemoryWebServer server;

    @BeforeAll
    static void startAtAMomentEndingInZeros() throws Exception {
        server = InMemoryWebServer.start(Clock.fixed(Instant.parse("2026-11-24T22:00:00.120Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void writesMillisecondsWithTrailingZeros() {
        ApiResponse created = new ApiClient(server.baseUri()).register("Zero Padded");

        assertThat(created.text("createdAt")).isEqualTo("2026-11-24T22:00:00.120Z");
        assertThat(created.text("updatedAt")).isEqualTo("2026-11-24T22:00:00.120Z");
    }
}

package org.acme.users.bootstrap.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acme.users.adapter.web.contract.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code LOG_FORMAT=json}: the packaged service writes one JSON object per line, the access line included. */
class JsonLogIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    @TempDir
    Path workingDirectory;

    @Test
    void writesEveryLineAsJsonWithTheAccessLinesRequestIdRouteStatusAndDuration() throws Exception {
        List<String> lines;
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of("PORT", "0", "LOG_FORMAT", "json"))) {
            ApiClient api = new ApiClient(awaitListening(service));
            api.get("/api/users/01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b", "X-Request-Id", "json-log-check");

            assertThat(service.terminate()).isZero();
            lines = service.output();
        }

        List<JsonNode> entries = lines.stream().map(JSON::readTree).toList();
        assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(entry.isObject()).isTrue());
        JsonNode access = entries.stream()
                .filter(entry -> entry.path("mdc").path("requestId").asString("").equals("json-log-check"))
                .filter(entry -> entry.path("loggerName").asString("").equals("org.acme.users.access"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no access line for the request in " + lines));
        assertThat(access.path("level").asString()).isEqualTo("INFO");
        assertThat(keyValues(access))
                .containsEntry("method", "GET")
                .containsEntry("route", "/api/users/{id}")
                .containsEntry("status", "404")
                .containsKey("durationMs");
        assertThat(access.path("formattedMessage").asString()).contains("json-log-check", "status=404");
    }

    @Test
    void refusesAnUnknownLogFormatWithOneLineNamingTheSetting() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of(), "--log.format=xml")) {
            assertThat(service.awaitExit()).isEqualTo(2);

            assertThat(service.errorLines()).singleElement().asString()
                    .startsWith("users-service: cannot start: LOG_FORMAT: ");
        }
    }

    /** As {@link ServiceProcess#awaitListening()}, but reads the start-up line's message out of its JSON object. */
    private static URI awaitListening(ServiceProcess service) {
        long deadline = System.nanoTime() + ServiceProcess.START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<URI> address = service.output().stream()
                    .map(line -> JSON.readTree(line).path("formattedMessage").asString(""))
                    .map(LISTENING::matcher)
                    .filter(Matcher::find)
                    .map(listening -> URI.create(listening.group(1)))
                    .findFirst();
            if (address.isPresent()) {
                return address.get();
            }
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
        }
        throw new IllegalStateException("no start-up line within " + ServiceProcess.START_LIMIT + ": " + service.output());
    }

    /** Logback writes the key-value pairs as a list of one-entry objects. */
    private static Map<String, String> keyValues(JsonNode entry) {
        Map<String, String> pairs = new HashMap<>();
        for (JsonNode pair : entry.path("kvpList")) {
            pair.propertyNames().forEach(name -> pairs.put(name, pair.get(name).asString()));
        }
        return pairs;
    }
}

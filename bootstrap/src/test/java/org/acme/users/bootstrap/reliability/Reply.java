package org.acme.users.bootstrap.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What came back for one request: a status with headers and body, or, when no answer arrived within the bound,
 * the failure instead ({@link #status()} is then {@value #NO_ANSWER}).
 *
 * @param headers names in lower case
 */
public record Reply(int status, Map<String, List<String>> headers, String body, Duration took, Optional<String> failure) {

    public static final int NO_ANSWER = -1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Reply failed(Throwable failure, Duration took) {
        return new Reply(NO_ANSWER, Map.of(), "", took,
                Optional.of(failure.getClass().getSimpleName() + ": " + failure.getMessage()));
    }

    public boolean answered() {
        return status != NO_ANSWER;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    public JsonNode json() {
        return JSON.readTree(body);
    }

    public String text(String field) {
        JsonNode node = json().get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    @Override
    public String toString() {
        return failure.map(reason -> "no answer after " + took.toMillis() + " ms: " + reason)
                .orElseGet(() -> status + " after " + took.toMillis() + " ms " + headers + " " + body);
    }
}

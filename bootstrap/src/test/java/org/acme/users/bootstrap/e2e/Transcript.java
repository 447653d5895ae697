package org.acme.users.bootstrap.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acme.users.adapter.web.contract.ApiResponse;

/**
 * What a client saw, with what differs by nature between two runs replaced: ids and cursors become
 * numbered placeholders in order of first appearance, timestamps a fixed mark. Everything else stays.
 */
final class Transcript {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern CURSOR = Pattern.compile("\"nextCursor\":\"([A-Za-z0-9_-]+)\"");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    private static final List<String> HEADERS = List.of("Content-Type", "Location", "ETag", "Retry-After", "Allow");

    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();

    /** Records one answer and hands it back, so the sequence can use its real ids. */
    ApiResponse record(String request, ApiResponse response) {
        StringBuilder line = new StringBuilder(request).append(" -> ").append(response.status());
        for (String header : HEADERS) {
            String value = response.header(header);
            if (value != null) {
                line.append(" | ").append(header).append(": ").append(value);
            }
        }
        line.append(" | ").append(response.body());
        lines.add(normalise(line.toString()));
        return response;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    private String normalise(String text) {
        String withCursors = replace(CURSOR.matcher(text), "cursor", 1);
        return TIMESTAMP.matcher(replace(ID.matcher(withCursors), "id", 0)).replaceAll("<timestamp>");
    }

    private String replace(Matcher matcher, String kind, int group) {
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = matcher.group(group);
            String placeholder = placeholders.computeIfAbsent(kind + ":" + value,
                    key -> "<" + kind + "-" + (placeholders.size() + 1) + ">");
            String whole = matcher.group().replace(value, placeholder);
            matcher.appendReplacement(result, Matcher.quoteReplacement(whole));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}

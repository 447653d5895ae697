package org.acme.users.adapter.web.contract;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One answer: status, headers and the body, as text and, when it is JSON, as a tree. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ApiResponse of(HttpResponse<String> response) {
        return new ApiResponse(response.statusCode(), response.headers(), response.body());
    }

    public JsonNode json() {
        return JSON.readTree(body);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    /** Top-level field names in the order the body has them. */
    public List<String> fieldNames() {
        return new ArrayList<>(json().propertyNames());
    }

    public String text(String field) {
        JsonNode node = json().get(field);
        return node == null || node.isNull() ? null : node.asString();
    }
}

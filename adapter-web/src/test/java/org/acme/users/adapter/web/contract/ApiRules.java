package org.acme.users.adapter.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** What every group of rules needs: a client of the API under test, and the checks they share. */
interface ApiRules {

    String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    String PROBLEM_JSON = "application/problem+json";
    String MALFORMED_REQUEST_TYPE = "tag:acme.org,2026:users/problems/malformed-request";

    ApiClient api();

    ApiUnderTest apiUnderTest();

    /** An RFC 9457 body with the five members of API.md and the request id of the response header. */
    default JsonNode assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        JsonNode problem = response.json();
        assertThat(response.fieldNames()).containsSubsequence("type", "title", "status", "detail", "instance");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).isNotBlank();
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).startsWith("/");
        assertThat(problem.get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("\tat ");
        return problem;
    }

    default void assertUserShape(ApiResponse response) {
        assertThat(response.fieldNames()).containsExactly("id", "email", "name", "createdAt", "updatedAt", "version");
        assertThat(response.text("createdAt")).matches(TIMESTAMP);
        assertThat(response.text("updatedAt")).matches(TIMESTAMP);
    }

    default ApiResponse registered(String name) {
        ApiResponse created = api().register(name);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    default List<String> fieldsOf(JsonNode problem) {
        return problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}

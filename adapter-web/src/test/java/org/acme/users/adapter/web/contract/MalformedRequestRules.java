package org.acme.users.adapter.web.contract;

import static org.acme.users.adapter.web.contract.ApiClient.uniqueEmail;
import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Requests the API cannot read: 400, 405, 406, 413, 415, and 404 for paths it does not serve. */
interface MalformedRequestRules extends ApiRules {

    @ParameterizedTest
    @ValueSource(strings = {
        "not json", "{\"email\":\"a@b.c\",", "[]", "\"text\"", "42",
        "{\"email\":5,\"name\":\"Ada\"}", "{\"email\":\"a@b.c\",\"name\":true}", "{\"email\":[],\"name\":\"Ada\"}",
        "{\"email\":\"a@b.c\",\"name\":\"Ada\",\"admin\":true}",
        "{\"email\":\"a@b.c\",\"name\":\"Ada\",\"name\":\"Eve\"}",
        "{\"email\":\"a@b.c\",\"name\":\"Ada\"} trailing"})
    default void rejectsABodyThatIsNotTheDocumentedJsonWith400(String body) {
        assertProblem(api().postJson("/api/users", body), 400);
    }

    @Test
    default void rejectsAMissingBodyWith400() {
        assertProblem(api().postJson("/api/users", ""), 400);
        assertProblem(api().send("POST", "/api/users", BodyPublishers.noBody()), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "01936f0e8c2a7b3e9a415d2c7e1f0a9b", "01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9", "%20"})
    default void rejectsAMalformedIdWith400(String id) {
        assertProblem(api().get("/api/users/" + id), 400);
        assertProblem(api().delete("/api/users/" + id), 400);
    }

    /** Tomcat leaves the parameters after a {@code ;} in a path segment undecoded; a broken escape there is still the client's. */
    @ParameterizedTest
    @ValueSource(strings = {"/health;%", "/health;a=%zz", "/api/users;%4", "/api/users;v=1;w=%",
        "/api/users/01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b;%", "/api/nothing-here;%G0", "/;%",
        "/api/users/01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b;=_(caf):*CE%':%"})
    default void rejectsABrokenPercentEscapeInPathParametersWith400(String target) {
        JsonNode problem = assertProblem(api().getAsIs(target), 400);

        assertThat(problem.get("type").asString()).isEqualTo(MALFORMED_REQUEST_TYPE);
    }

    @Test
    default void ignoresWellFormedPathParameters() {
        ApiResponse created = registered("Matrix");

        ApiResponse read = api().getAsIs(created.header("Location") + ";v=1;w=%41");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());
        assertThat(api().getAsIs("/health;jsessionid=x").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cursor=***", "cursor=01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b", "cursor=", "cursor=AAAA",
        "limit=0", "limit=101", "limit=-1", "limit=ten", "limit=2.5", "limit="})
    default void rejectsAMalformedCursorOrALimitOutOfRangeWith400(String query) {
        assertProblem(api().get("/api/users?" + query), 400);
    }

    @Test
    default void rejectsABodyThatIsNotSentAsJsonWith415() {
        assertProblem(api().postJson("/api/users", userJson(uniqueEmail(), "Ada"), "Content-Type", "text/plain"), 415);
        assertProblem(api().postJson("/api/users", "email=a@b.c&name=Ada",
                "Content-Type", "application/x-www-form-urlencoded"), 415);
    }

    /** Java knows no charset by the first name; the others cannot be the name of any. */
    @ParameterizedTest
    @ValueSource(strings = {"no-such-charset", "bad!name", "\"two words\""})
    default void rejectsAContentTypeWhoseCharsetItCannotReadWith400AndStoresNothing(String charset) {
        String email = uniqueEmail();
        String contentType = "application/json; charset=" + charset;

        assertProblem(api().postJson("/api/users", userJson(email, "Ada"), "Content-Type", contentType), 400);
        assertProblem(api().get("/api/users", "Content-Type", contentType), 400);
        assertThat(api().get("/api/users?email=" + email).json().get("items")).isEmpty();
    }

    @Test
    default void acceptsABodyOfExactly64KiBAndRefusesOneByteMoreWith413() {
        String json = userJson(uniqueEmail(), "Big");
        String exactly = json + " ".repeat(64 * 1024 - json.length());

        assertThat(api().postJson("/api/users", exactly).status()).isEqualTo(201);
        assertProblem(api().postJson("/api/users", exactly + " "), 413);
    }

    @Test
    default void refusesAChunkedBodyOver64KiBWith413() {
        byte[] body = (userJson(uniqueEmail(), "Chunked") + " ".repeat(70_000)).getBytes(StandardCharsets.UTF_8);

        ApiResponse refused = api().send("POST", "/api/users",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), "Content-Type", "application/json");

        assertProblem(refused, 413);
    }

    @Test
    default void answersAMethodThatIsNotServedWith405AndTheAllowedOnes() {
        ApiResponse refused = api().send("PATCH", "/api/users/01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b",
                BodyPublishers.ofString("{}"), "Content-Type", "application/json");

        assertProblem(refused, 405);
        assertThat(refused.header("Allow")).contains("GET", "PUT", "DELETE");
    }

    @Test
    default void answersAnAcceptHeaderItCannotServeWith406() {
        assertProblem(api().get("/api/users", "Accept", "application/xml"), 406);
    }

    @Test
    default void answersAPathItDoesNotServeWith404() {
        assertProblem(api().get("/api/nothing-here"), 404);
        assertProblem(api().get("/"), 404);
    }
}

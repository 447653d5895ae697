package org.acme.users.adapter.web.contract;

import static org.acme.users.adapter.web.contract.ApiClient.uniqueEmail;
import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The user resource: register (201), read (200), change (200), remove (204), unknown ids (404), rules (422). */
interface UserResourceRules extends ApiRules {

    @Test
    default void registersAUserWith201LocationETagAndTheUserInApiOrder() {
        ApiResponse created = api().postJson("/api/users", userJson("  Ada@Example.COM ", "  Ada Lovelace  "));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        assertUserShape(created);
        String id = created.text("id");
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(created.header("Location")).isEqualTo("/api/users/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.text("email")).isEqualTo("ada@example.com");
        assertThat(created.text("name")).isEqualTo("Ada Lovelace");
        assertThat(created.text("updatedAt")).isEqualTo(created.text("createdAt"));
        assertThat(created.json().get("version").asLong()).isZero();
        api().delete("/api/users/" + id);
    }

    @Test
    default void readsAUserWithItsETag() {
        ApiResponse created = registered("Grace Hopper");

        ApiResponse read = api().get(created.header("Location"));

        assertThat(read.status()).isEqualTo(200);
        assertUserShape(read);
        assertThat(read.body()).isEqualTo(created.body());
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    default void changesAUserAndAnswersWithTheNextVersionAndItsETag() {
        ApiResponse created = registered("Alan Turing");
        String email = uniqueEmail();

        ApiResponse changed = api().putJson(created.header("Location"), userJson(email.toUpperCase(), "A. M. Turing"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertUserShape(changed);
        assertThat(changed.text("email")).isEqualTo(email);
        assertThat(changed.text("name")).isEqualTo("A. M. Turing");
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.text("createdAt")).isEqualTo(created.text("createdAt"));
        assertThat(changed.text("updatedAt")).isGreaterThanOrEqualTo(created.text("updatedAt"));
        assertThat(api().get(created.header("Location")).body()).isEqualTo(changed.body());
    }

    @Test
    default void removesAUserWith204AndThenNoLongerKnowsIt() {
        ApiResponse created = registered("Edsger Dijkstra");

        ApiResponse removed = api().delete(created.header("Location"));

        assertThat(removed.status()).isEqualTo(204);
        assertThat(removed.body()).isEmpty();
        assertProblem(api().get(created.header("Location")), 404);
    }

    @Test
    default void answers404ForAnIdThatNobodyHasWhateverTheMethod() {
        String path = "/api/users/01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b";

        assertProblem(api().get(path), 404);
        assertProblem(api().putJson(path, userJson(uniqueEmail(), "Nobody")), 404);
        assertProblem(api().delete(path), 404);
    }

    @Test
    default void reportsEveryFailingFieldWith422AndStoresNothing() {
        String email = "not-an-address";

        ApiResponse rejected = api().postJson("/api/users", userJson(email, " "));

        JsonNode problem = assertProblem(rejected, 422);
        assertThat(fieldsOf(problem)).containsExactlyInAnyOrder("email", "name");
        problem.get("errors").forEach(error -> assertThat(error.get("message").asString()).isNotBlank());
        assertThat(api().get("/api/users?email=" + email).json().get("items")).isEmpty();
    }

    @Test
    default void treatsMissingAndNullFieldsAsBreakingTheRules() {
        assertThat(fieldsOf(assertProblem(api().postJson("/api/users", "{}"), 422)))
                .containsExactlyInAnyOrder("email", "name");
        assertThat(fieldsOf(assertProblem(api().postJson("/api/users", "{\"email\":null,\"name\":\"Ada\"}"), 422)))
                .containsExactly("email");
    }

    @Test
    default void rejectsAChangeThatBreaksTheRulesWith422AndChangesNothing() {
        ApiResponse created = registered("Barbara Liskov");

        ApiResponse rejected = api().putJson(created.header("Location"), userJson(uniqueEmail(), "x".repeat(101)));

        assertThat(fieldsOf(assertProblem(rejected, 422))).containsExactly("name");
        assertThat(api().get(created.header("Location")).body()).isEqualTo(created.body());
    }

    @Test
    default void keepsNamesInAnyScriptUnchanged() {
        String name = "Ada 🧮 Łukasiewicz עִבְרִית e\u0301";

        ApiResponse created = api().postJson("/api/users", userJson(uniqueEmail(), name));

        assertThat(created.text("name")).isEqualTo(name);
        assertThat(api().get(created.header("Location")).text("name")).isEqualTo(name);
    }
}

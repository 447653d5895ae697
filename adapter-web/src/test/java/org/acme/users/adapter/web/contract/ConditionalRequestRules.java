package org.acme.users.adapter.web.contract;

import static org.acme.users.adapter.web.contract.ApiClient.uniqueEmail;
import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code If-Match: "{version}"} on changes and removals: strong comparison, 412 when stale, nothing changed. */
interface ConditionalRequestRules extends ApiRules {

    @Test
    default void changesAUserWhenIfMatchNamesTheCurrentVersion() {
        ApiResponse created = registered("Current");

        ApiResponse changed = api().putJson(created.header("Location"), userJson(uniqueEmail(), "Changed"),
                "If-Match", "\"0\"");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    default void refusesAStaleChangeOrRemovalWith412AndChangesNothing() {
        ApiResponse created = registered("Stale");
        String location = created.header("Location");
        api().putJson(location, userJson(uniqueEmail(), "Newer"), "If-Match", "\"0\"");
        String current = api().get(location).body();

        assertProblem(api().putJson(location, userJson(uniqueEmail(), "Lost update"), "If-Match", "\"0\""), 412);
        assertProblem(api().delete(location, "If-Match", "\"0\""), 412);

        assertThat(api().get(location).body()).isEqualTo(current);
    }

    @Test
    default void neverMatchesAWeakTagBecauseIfMatchComparesStrongly() {
        ApiResponse created = registered("Weak");

        assertProblem(api().delete(created.header("Location"), "If-Match", "W/\"0\""), 412);
        assertThat(api().get(created.header("Location")).status()).isEqualTo(200);
    }

    @Test
    default void matchesAnyVersionOfAnExistingUserWithAStar() {
        ApiResponse created = registered("Star");

        ApiResponse changed = api().putJson(created.header("Location"), userJson(uniqueEmail(), "Starred"),
                "If-Match", "*");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(api().delete(created.header("Location"), "If-Match", "*").status()).isEqualTo(204);
    }

    @Test
    default void matchesWhenAnyTagOfAListIsCurrent() {
        ApiResponse created = registered("Listed");

        ApiResponse removed = api().delete(created.header("Location"), "If-Match", "\"7\", \"0\"");

        assertThat(removed.status()).isEqualTo(204);
    }

    @Test
    default void rejectsAnIfMatchThatIsNotAnEntityTagWith400() {
        ApiResponse created = registered("Unquoted");

        assertProblem(api().delete(created.header("Location"), "If-Match", "0"), 400);
        assertProblem(api().delete(created.header("Location"), "If-Match", "\"0"), 400);
        assertThat(api().get(created.header("Location")).status()).isEqualTo(200);
    }

    @Test
    default void answers404RatherThan412ForAMissingUser() {
        assertProblem(api().delete("/api/users/01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b", "If-Match", "\"0\""), 404);
    }
}

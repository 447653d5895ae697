package org.acme.users.adapter.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code GET /health}: UP with the adapter and the database product and version. */
interface HealthRules extends ApiRules {

    @Test
    default void reportsUpWithTheAdapterAndTheDatabaseItTalksTo() {
        ApiResponse health = api().get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.contentType()).startsWith("application/json");
        assertThat(health.fieldNames()).containsExactly("status", "persistence");
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(health.json().get("persistence").get("adapter").asString()).isEqualTo(apiUnderTest().adapterName());
        assertThat(health.json().get("persistence").get("database").asString()).isNotBlank();
    }
}

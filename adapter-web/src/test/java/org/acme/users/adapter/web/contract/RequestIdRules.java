package org.acme.users.adapter.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every response names its request id: the caller's, when it is a sane token, else a fresh one. */
interface RequestIdRules extends ApiRules {

    @Test
    default void givesEveryResponseAFreshRequestId() {
        String first = api().get("/health").header("X-Request-Id");
        String second = api().get("/api/nothing-here").header("X-Request-Id");

        assertThat(first).isNotBlank();
        assertThat(second).isNotBlank().isNotEqualTo(first);
    }

    @Test
    default void keepsASaneRequestIdOfTheCallerAndReplacesAnyOther() {
        assertThat(api().get("/health", "X-Request-Id", "abc-123.x").header("X-Request-Id")).isEqualTo("abc-123.x");
        assertThat(api().get("/health", "X-Request-Id", "<script>").header("X-Request-Id"))
                .isNotEqualTo("<script>").matches("[0-9a-f-]{36}");
    }
}

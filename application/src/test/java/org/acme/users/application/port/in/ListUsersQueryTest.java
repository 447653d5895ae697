package org.acme.users.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListUsersQueryTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, ListUsersQuery.DEFAULT_LIMIT, ListUsersQuery.MAX_LIMIT})
    void acceptsEveryLimitFromOneToTheMaximum(int limit) {
        ListUsersQuery query = ListUsersQuery.firstPage(limit);

        assertThat(query.limit()).isEqualTo(limit);
        assertThat(query.after()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, ListUsersQuery.MAX_LIMIT + 1, Integer.MAX_VALUE})
    void rejectsALimitOutsideOneToTheMaximum(int limit) {
        assertThatThrownBy(() -> new ListUsersQuery(Optional.empty(), limit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 100");
    }
}

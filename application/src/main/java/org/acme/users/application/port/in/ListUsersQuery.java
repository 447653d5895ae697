package org.acme.users.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.acme.users.domain.model.UserId;

/**
 * Which page to read: up to {@code limit} users after the id {@code after}, or from the start.
 *
 * @param limit 1 to {@value #MAX_LIMIT}
 */
public record ListUsersQuery(Optional<UserId> after, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public ListUsersQuery {
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    public static ListUsersQuery firstPage(int limit) {
        return new ListUsersQuery(Optional.empty(), limit);
    }
}

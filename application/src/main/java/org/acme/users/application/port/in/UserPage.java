package org.acme.users.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;

/**
 * One page of users, and where the next page starts.
 *
 * @param nextAfter the id to pass as {@link ListUsersQuery#after()} for the next page; empty on the last page
 */
public record UserPage(List<User> items, Optional<UserId> nextAfter) {

    public UserPage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextAfter, "nextAfter");
    }
}

package org.acme.users.benchmarks.store;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;

/**
 * A stored user as a raw driver call reads it: the column values in their natural Java types, with none of the
 * domain's checks. Building it is the least work a reader of the row must do, which is what the raw figures mean.
 */
public record UserRow(UUID id, String email, String name, Instant createdAt, Instant updatedAt, long version) {

    /** The domain's snapshot of this row, for a benchmark's setup that needs to change it. */
    public User toUser() {
        return new User(new UserId(id), new EmailAddress(email), new UserName(name), Optional.empty(), createdAt, updatedAt,
                version);
    }
}

package org.acme.users.adapter.persistence.redis;

import java.time.Instant;
import java.util.List;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;

/**
 * A user as the fields of its hash: text as UTF-8, instants as epoch milliseconds (exact, and free of any time
 * zone), the version as a decimal number. The same field order everywhere the adapter reads them.
 */
final class StoredUser {

    static final String[] FIELDS = {"email", "name", "createdAt", "updatedAt", "version"};

    private StoredUser() {
    }

    /** The values of {@link #FIELDS} for {@code user}, in that order. */
    static List<String> valuesOf(User user) {
        return List.of(user.email().value(), user.name().value(), Long.toString(user.createdAt().toEpochMilli()),
                Long.toString(user.updatedAt().toEpochMilli()), Long.toString(user.version()));
    }

    /** Restores a user through the domain's constructors, which refuse a record that breaks a rule. */
    static User toUser(UserId id, List<String> values) {
        try {
            return new User(id, new EmailAddress(values.get(0)), new UserName(values.get(1)),
                    Instant.ofEpochMilli(Long.parseLong(values.get(2))),
                    Instant.ofEpochMilli(Long.parseLong(values.get(3))), Long.parseLong(values.get(4)));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the stored user " + id + " breaks the user rules", e);
        }
    }
}

package org.acme.users.adapter.persistence.redis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;

/**
 * A user as the fields of its hash: text as UTF-8, instants as epoch milliseconds (exact, and free of any time
 * zone), the version as a decimal number, the owner as its issuer and subject (absent for a user without one). The
 * same field order everywhere the adapter reads them.
 */
final class StoredUser {

    static final String[] FIELDS = {"email", "name", "createdAt", "updatedAt", "version", "ownerIssuer",
        "ownerSubject"};

    private StoredUser() {
    }

    /**
     * The values of the first five {@link #FIELDS} for {@code user}, in that order: what every write sets. The
     * owner's fields are written by the registration only, since an owner never changes.
     */
    static List<String> valuesOf(User user) {
        return List.of(user.email().value(), user.name().value(), Long.toString(user.createdAt().toEpochMilli()),
                Long.toString(user.updatedAt().toEpochMilli()), Long.toString(user.version()));
    }

    /** Restores a user through the domain's constructors, which refuse a record that breaks a rule. */
    static User toUser(UserId id, List<String> values) {
        try {
            Optional<Owner> owner = values.get(5) == null && values.get(6) == null
                    ? Optional.empty()
                    : Optional.of(new Owner(values.get(5), values.get(6)));
            return new User(id, new EmailAddress(values.get(0)), new UserName(values.get(1)), owner,
                    Instant.ofEpochMilli(Long.parseLong(values.get(2))),
                    Instant.ofEpochMilli(Long.parseLong(values.get(3))), Long.parseLong(values.get(4)));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the stored user " + id + " breaks the user rules", e);
        }
    }
}

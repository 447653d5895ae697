package org.acme.users.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The User aggregate: an immutable snapshot of one user at one version. Every change makes a new
 * snapshot whose version is one higher; persistence stores it only if the stored version is the one it
 * was made from. Timestamps are kept to the millisecond, the precision every supported database keeps.
 * A user's owner, if it has one, is set when it is registered and never changes.
 */
public record User(UserId id, EmailAddress email, UserName name, Optional<Owner> owner, Instant createdAt,
        Instant updatedAt, long version) {

    /** Checks the invariants; adapters use it to restore a stored user. */
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        if (!createdAt.equals(toMillis(createdAt)) || !updatedAt.equals(toMillis(updatedAt))) {
            throw new IllegalArgumentException("timestamps must be whole milliseconds");
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt must not be before createdAt");
        }
    }

    /** A newly registered user that belongs to nobody, at version 0. */
    public static User register(UserId id, UserDetails details, Instant now) {
        return register(id, details, Optional.empty(), now);
    }

    /** A newly registered user, at version 0, that belongs to {@code owner} if one is given. */
    public static User register(UserId id, UserDetails details, Optional<Owner> owner, Instant now) {
        Instant at = toMillis(now);
        return new User(id, details.email(), details.name(), owner, at, at, 0);
    }

    /** This user with new details, one version later; the update time never goes back, even if the clock does. */
    public User changeTo(UserDetails details, Instant now) {
        Instant at = toMillis(now);
        Instant updated = at.isBefore(updatedAt) ? updatedAt : at;
        return new User(id, details.email(), details.name(), owner, createdAt, updated, version + 1);
    }

    /** Whether this user belongs to {@code candidate}: compared exactly, issuer and subject. */
    public boolean isOwnedBy(Owner candidate) {
        return owner.filter(candidate::equals).isPresent();
    }

    public UserDetails details() {
        return new UserDetails(email, name);
    }

    private static Instant toMillis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}

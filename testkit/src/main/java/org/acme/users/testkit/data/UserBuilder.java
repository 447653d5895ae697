package org.acme.users.testkit.data;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;

/** Builds a valid {@link User}; start from {@link UserTestData#aUser()} and set only what the test is about. */
public final class UserBuilder {

    private UserId id;
    private EmailAddress email;
    private UserName name;
    private Optional<Owner> owner = Optional.empty();
    private Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private Instant updatedAt = createdAt;
    private long version;

    UserBuilder(UserId id, EmailAddress email, String name) {
        this.id = id;
        this.email = email;
        this.name = UserName.of(name);
    }

    public UserBuilder withId(UserId id) {
        this.id = id;
        return this;
    }

    /** Takes the address as a client would type it; it is normalised like the service does. */
    public UserBuilder withEmail(String email) {
        this.email = EmailAddress.of(email);
        return this;
    }

    public UserBuilder withEmail(EmailAddress email) {
        this.email = email;
        return this;
    }

    /** Takes the name as a client would type it; it is trimmed like the service does. */
    public UserBuilder withName(String name) {
        this.name = UserName.of(name);
        return this;
    }

    /** A user that belongs to {@code owner}; without this call it belongs to nobody. */
    public UserBuilder ownedBy(Owner owner) {
        this.owner = Optional.of(owner);
        return this;
    }

    /** Sets both timestamps, as for a user never changed since it was registered. */
    public UserBuilder withCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        return this;
    }

    public UserBuilder withUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    public UserBuilder withVersion(long version) {
        this.version = version;
        return this;
    }

    public User build() {
        return new User(id, email, name, owner, createdAt, updatedAt, version);
    }
}

package org.acme.users.benchmarks.store;

import java.time.Instant;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserIdGenerator;
import org.acme.users.domain.model.UserName;

/**
 * Users that are not stored yet, as a client would register them: ids from the clock, so they sort after every
 * seed user and land at the end of the id index, like real sign-ups.
 */
public final class FreshUsers {

    private final UserIdGenerator ids = UserIdGenerator.systemDefault();

    public User next() {
        UserId id = ids.next();
        UserDetails details = new UserDetails(new EmailAddress("fresh-" + id + "@bench.example"), new UserName("Fresh user"));
        return User.register(id, details, Instant.now());
    }
}

package org.acme.users.testkit.contract.broken;

import java.time.temporal.ChronoUnit;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.UserRepository;

/** Keeps timestamps to the second, like a {@code TIMESTAMP} column without fractional digits. */
final class SecondPrecisionRepository extends ForwardingUserRepository {

    SecondPrecisionRepository(UserRepository working) {
        super(working);
    }

    @Override
    public void insert(User user) {
        working.insert(toSeconds(user));
    }

    @Override
    public void update(User changed) {
        working.update(toSeconds(changed));
    }

    private static User toSeconds(User user) {
        return new User(user.id(), user.email(), user.name(), user.owner(), user.createdAt().truncatedTo(ChronoUnit.SECONDS),
                user.updatedAt().truncatedTo(ChronoUnit.SECONDS), user.version());
    }
}

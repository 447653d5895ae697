package org.acme.users.testkit.contract.broken;

import java.util.Optional;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.UserRepository;

/** Stores every user but not its owner, as an adapter whose schema has no column for it. */
final class OwnerForgettingRepository extends ForwardingUserRepository {

    OwnerForgettingRepository(UserRepository working) {
        super(working);
    }

    @Override
    public void insert(User user) {
        working.insert(new User(user.id(), user.email(), user.name(), Optional.empty(), user.createdAt(),
                user.updatedAt(), user.version()));
    }
}

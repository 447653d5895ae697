package org.acme.users.testkit.contract.broken;

import java.util.List;
import java.util.Optional;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserRepository;

/** Looks up the user a page starts after, and starts from the first user when that one is gone. */
final class RestartingPageRepository extends ForwardingUserRepository {

    RestartingPageRepository(UserRepository working) {
        super(working);
    }

    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        Optional<UserId> existing = after.filter(id -> working.findById(id).isPresent());
        return working.findPage(existing, limit);
    }
}

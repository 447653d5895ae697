package org.acme.users.testkit.contract.broken;

import java.util.List;
import java.util.Optional;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserRepository;

/** Passes every call to a working repository; each broken variant overrides the one behaviour it gets wrong. */
abstract class ForwardingUserRepository implements UserRepository {

    final UserRepository working;

    ForwardingUserRepository(UserRepository working) {
        this.working = working;
    }

    @Override
    public void insert(User user) {
        working.insert(user);
    }

    @Override
    public void update(User changed) {
        working.update(changed);
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        working.delete(id, expectedVersion);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return working.findById(id);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return working.findByEmail(email);
    }

    @Override
    public Optional<User> findByOwner(Owner owner) {
        return working.findByOwner(owner);
    }

    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        return working.findPage(after, limit);
    }
}

package org.acme.users.benchmarks.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserRepository;

/** The operations as the application performs them: through an adapter's {@link UserRepository}. */
public final class PortOperations implements UserOperations {

    private final UserRepository users;

    public PortOperations(UserRepository users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public void insert(User user) {
        users.insert(user);
    }

    @Override
    public Object findById(UserId id) {
        return users.findById(id).orElseThrow(() -> new IllegalStateException("no stored user " + id));
    }

    @Override
    public Object findByEmail(EmailAddress email) {
        return users.findByEmail(email).orElseThrow(() -> new IllegalStateException("no stored user " + email));
    }

    @Override
    public void change(User changed) {
        users.update(changed);
    }

    @Override
    public List<?> pageAfter(UserId after, int limit) {
        return users.findPage(Optional.of(after), limit);
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        users.delete(id, expectedVersion);
    }
}

package org.acme.users.testkit.contract.broken;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserRepository;

/** Lets the low-level exception out when the database is gone, instead of the port's own one. */
final class DriverExceptionLeakingRepository extends ForwardingUserRepository {

    DriverExceptionLeakingRepository(UserRepository working) {
        super(working);
    }

    @Override
    public void insert(User user) {
        leaking(() -> {
            working.insert(user);
            return null;
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        return leaking(() -> working.findById(id));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return leaking(() -> working.findByEmail(email));
    }

    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        return leaking(() -> working.findPage(after, limit));
    }

    private static <T> T leaking(Supplier<T> call) {
        try {
            return call.get();
        } catch (RepositoryUnavailableException e) {
            throw new UncheckedIOException(new ConnectException("Connection refused"));
        }
    }
}

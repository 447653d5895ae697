package org.acme.users.testkit.contract.broken;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserRepository;

/** Pages in {@link java.util.UUID#compareTo} order, which is signed: ids starting with 8 to f come first. */
final class SignedIdOrderRepository extends ForwardingUserRepository {

    SignedIdOrderRepository(UserRepository working) {
        super(working);
    }

    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        return working.findPage(Optional.empty(), Integer.MAX_VALUE).stream()
                .filter(user -> after.isEmpty() || user.id().value().compareTo(after.get().value()) > 0)
                .sorted(Comparator.comparing(user -> user.id().value()))
                .limit(limit)
                .toList();
    }
}

package org.acme.users.testkit.contract.broken;

import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserRepository;

/** Overwrites whatever is stored, whichever version the change was made from: the last writer wins. */
final class VersionIgnoringRepository extends ForwardingUserRepository {

    VersionIgnoringRepository(UserRepository working) {
        super(working);
    }

    @Override
    public synchronized void update(User changed) {
        long storedVersion = working.findById(changed.id()).map(User::version).orElse(changed.version() - 1);
        working.update(new User(changed.id(), changed.email(), changed.name(), changed.owner(), changed.createdAt(),
                changed.updatedAt(), storedVersion + 1));
    }

    @Override
    public synchronized void delete(UserId id, long expectedVersion) {
        working.delete(id, working.findById(id).map(User::version).orElse(expectedVersion));
    }
}

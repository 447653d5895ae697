package org.acme.users.testkit.contract.broken;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.LockSupport;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;

/**
 * Checks the rules with a read and then writes in a separate step, with no unique index or conditional
 * write behind it: correct one request at a time, wrong when requests race.
 */
final class CheckThenActRepository implements UserRepository {

    /**
     * The gap between the check and the write, as a round trip to a database would make it. Wide enough that
     * racing threads overlap in it even on a loaded machine (2 ms was seen to let a race pass unnoticed).
     */
    private static final Duration ROUND_TRIP = Duration.ofMillis(20);

    private final ConcurrentSkipListMap<UserId, User> users = new ConcurrentSkipListMap<>();

    @Override
    public void insert(User user) {
        requireAddressFree(user);
        users.put(user.id(), user);
    }

    @Override
    public void update(User changed) {
        requireAt(changed.id(), changed.version() - 1);
        requireAddressFree(changed);
        users.put(changed.id(), changed);
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        requireAt(id, expectedVersion);
        users.remove(id);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return users.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        return (after.isPresent() ? users.tailMap(after.get(), false) : users).values().stream().limit(limit).toList();
    }

    private void requireAddressFree(User user) {
        Optional<User> owner = findByEmail(user.email());
        if (owner.isPresent() && !owner.get().id().equals(user.id())) {
            throw new EmailAlreadyUsedException(user.email());
        }
        LockSupport.parkNanos(ROUND_TRIP.toNanos());
    }

    private void requireAt(UserId id, long version) {
        User stored = findById(id).orElseThrow(() -> new UserNotFoundException(id));
        if (stored.version() != version) {
            throw new VersionConflictException(id, version);
        }
        LockSupport.parkNanos(ROUND_TRIP.toNanos());
    }
}

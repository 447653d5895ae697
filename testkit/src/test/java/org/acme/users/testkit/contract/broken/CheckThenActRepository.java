package org.acme.users.testkit.contract.broken;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.LockSupport;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;

/**
 * Checks the rules with a read and then writes in a separate step, with no unique index or conditional write behind
 * it: correct one request at a time, wrong when requests race. Between check and write it waits as long as a round
 * trip to its database would take, as a naive adapter does; with no round trip at all the gap is the narrowest a
 * check-then-act can have.
 */
final class CheckThenActRepository implements UserRepository, DatabaseHealth {

    private final ConcurrentSkipListMap<UserId, User> users = new ConcurrentSkipListMap<>();
    private final Duration roundTrip;
    private final boolean reachable;

    /**
     * @param roundTrip how long the gap between check and write lasts, e.g. 100 µs for a database on the same machine
     * @param reachable whether its database can be reached; when not, every operation says so
     */
    CheckThenActRepository(Duration roundTrip, boolean reachable) {
        this.roundTrip = roundTrip;
        this.reachable = reachable;
    }

    @Override
    public void insert(User user) {
        requireReachable();
        requireAddressFree(user);
        requireOwnerFree(user);
        users.put(user.id(), user);
    }

    @Override
    public void update(User changed) {
        requireReachable();
        requireAt(changed.id(), changed.version() - 1);
        requireAddressFree(changed);
        users.put(changed.id(), changed);
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        requireReachable();
        requireAt(id, expectedVersion);
        users.remove(id);
    }

    @Override
    public Optional<User> findById(UserId id) {
        requireReachable();
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        requireReachable();
        return users.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public Optional<User> findByOwner(Owner owner) {
        requireReachable();
        return users.values().stream().filter(user -> user.isOwnedBy(owner)).findFirst();
    }

    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        requireReachable();
        return (after.isPresent() ? users.tailMap(after.get(), false) : users).values().stream().limit(limit).toList();
    }

    @Override
    public DatabaseStatus check() {
        return new DatabaseStatus("check-then-act", "a map in memory", reachable);
    }

    private void requireReachable() {
        if (!reachable) {
            throw new RepositoryUnavailableException("the database cannot be reached", null);
        }
    }

    private void requireAddressFree(User user) {
        Optional<User> owner = findByEmail(user.email());
        if (owner.isPresent() && !owner.get().id().equals(user.id())) {
            throw new EmailAlreadyUsedException(user.email());
        }
        waitARoundTrip();
    }

    private void requireOwnerFree(User user) {
        if (user.owner().flatMap(this::findByOwner).isPresent()) {
            throw new OwnerAlreadyRegisteredException(user.owner().get());
        }
        waitARoundTrip();
    }

    private void requireAt(UserId id, long version) {
        User stored = findById(id).orElseThrow(() -> new UserNotFoundException(id));
        if (stored.version() != version) {
            throw new VersionConflictException(id, version);
        }
        waitARoundTrip();
    }

    private void waitARoundTrip() {
        if (!roundTrip.isZero()) {
            LockSupport.parkNanos(roundTrip.toNanos());
        }
    }
}

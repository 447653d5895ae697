package org.acme.users.testkit.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
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
 * The reference implementation of {@link UserRepository}: keeps users in memory, passes the contract
 * suite, and can pretend its database is gone ({@link #setReachable}) so outage paths can be tested
 * without one. Safe for concurrent use; every operation is atomic.
 */
public final class InMemoryUserRepository implements UserRepository, DatabaseHealth {

    /** Ordered by {@link UserId#compareTo}, the order pages come in. */
    private final TreeMap<UserId, User> usersById = new TreeMap<>();
    private final Map<EmailAddress, UserId> idsByEmail = new HashMap<>();
    private final Map<Owner, UserId> idsByOwner = new HashMap<>();
    private volatile boolean reachable = true;

    /** While unreachable, every operation throws {@link RepositoryUnavailableException} and health reports down. */
    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }

    @Override
    public synchronized void insert(User user) {
        Objects.requireNonNull(user, "user");
        requireReachable();
        if (usersById.containsKey(user.id())) {
            // Ids are generated and unique by construction; a repeat is a bug in the caller, not a conflict.
            throw new IllegalArgumentException("a user with id " + user.id() + " is already stored");
        }
        if (idsByEmail.containsKey(user.email())) {
            throw new EmailAlreadyUsedException(user.email());
        }
        if (user.owner().filter(idsByOwner::containsKey).isPresent()) {
            throw new OwnerAlreadyRegisteredException(user.owner().get());
        }
        usersById.put(user.id(), user);
        idsByEmail.put(user.email(), user.id());
        user.owner().ifPresent(owner -> idsByOwner.put(owner, user.id()));
    }

    @Override
    public synchronized void update(User changed) {
        Objects.requireNonNull(changed, "changed");
        requireReachable();
        User stored = storedAt(changed.id(), changed.version() - 1);
        UserId holder = idsByEmail.get(changed.email());
        if (holder != null && !holder.equals(changed.id())) {
            throw new EmailAlreadyUsedException(changed.email());
        }
        idsByEmail.remove(stored.email());
        idsByEmail.put(changed.email(), changed.id());
        usersById.put(changed.id(), changed);
    }

    @Override
    public synchronized void delete(UserId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        requireReachable();
        User stored = storedAt(id, expectedVersion);
        usersById.remove(id);
        idsByEmail.remove(stored.email());
        stored.owner().ifPresent(idsByOwner::remove);
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        Objects.requireNonNull(id, "id");
        requireReachable();
        return Optional.ofNullable(usersById.get(id));
    }

    @Override
    public synchronized Optional<User> findByEmail(EmailAddress email) {
        Objects.requireNonNull(email, "email");
        requireReachable();
        return Optional.ofNullable(idsByEmail.get(email)).map(usersById::get);
    }

    @Override
    public synchronized Optional<User> findByOwner(Owner owner) {
        Objects.requireNonNull(owner, "owner");
        requireReachable();
        return Optional.ofNullable(idsByOwner.get(owner)).map(usersById::get);
    }

    @Override
    public synchronized List<User> findPage(Optional<UserId> after, int limit) {
        Objects.requireNonNull(after, "after");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        requireReachable();
        Map<UserId, User> rest = after.isPresent() ? usersById.tailMap(after.get(), false) : usersById;
        return rest.values().stream().limit(limit).toList();
    }

    @Override
    public DatabaseStatus check() {
        return new DatabaseStatus("memory", "in-memory", reachable);
    }

    private User storedAt(UserId id, long expectedVersion) {
        User stored = usersById.get(id);
        if (stored == null) {
            throw new UserNotFoundException(id);
        }
        if (stored.version() != expectedVersion) {
            throw new VersionConflictException(id, expectedVersion);
        }
        return stored;
    }

    private void requireReachable() {
        if (!reachable) {
            throw new RepositoryUnavailableException("the in-memory database is switched off", null);
        }
    }
}

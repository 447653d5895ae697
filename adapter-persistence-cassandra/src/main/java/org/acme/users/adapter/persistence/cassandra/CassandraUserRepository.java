package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.DriverException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;
import org.mapstruct.factory.Mappers;

/**
 * The user repository on Cassandra. A write that touches several partitions claims first and commits last: the
 * address claim and the owner claim are taken (or made this operation's own) before the user row is written, the user
 * row's lightweight transaction is the commit point, and what follows it (releasing an old claim, removing an id from
 * the page index) is tidying that a crash may skip without breaking a rule: the README's Cassandra section lists every
 * window.
 */
final class CassandraUserRepository implements UserRepository {

    private static final StoredUserMapper MAPPER = Mappers.getMapper(StoredUserMapper.class);
    private static final System.Logger LOG = System.getLogger(CassandraUserRepository.class.getName());

    private final StoredUsers users;
    private final EmailClaims claims;
    private final OwnerClaims ownerClaims;
    private final PageIndex index;
    private final Consumer<WriteStep> steps;

    CassandraUserRepository(StoredUsers users, EmailClaims claims, OwnerClaims ownerClaims, PageIndex index,
            Consumer<WriteStep> steps) {
        this.users = users;
        this.claims = claims;
        this.ownerClaims = ownerClaims;
        this.index = index;
        this.steps = steps;
    }

    /**
     * Claims the address, then the owner (an address refused never claims the owner; an owner refused gives the
     * address claim back), adds the id to the page index and commits the user row.
     */
    @Override
    public void insert(User user) {
        driver("insert", () -> {
            UUID claim = claims.claim(user.email(), user.id());
            steps.accept(WriteStep.CLAIMED);
            UUID ownerClaim = claimOwnerOrGiveBack(user, claim);
            steps.accept(WriteStep.OWNER_CLAIMED);
            index.add(user.id());
            steps.accept(WriteStep.INDEXED);
            Optional<StoredUser> existing = users.insertIfAbsent(MAPPER.toStored(user, claim, ownerClaim));
            if (existing.isPresent()) {
                if (!existing.get().email().equals(user.email().value())) {
                    claims.release(user.email(), claim);
                }
                if (user.owner().isPresent() && !user.owner().equals(MAPPER.toOwner(existing.get()))) {
                    ownerClaims.release(user.owner().get(), ownerClaim);
                }
                throw new IllegalArgumentException("a user with id " + user.id() + " is already stored");
            }
            return null;
        });
    }

    @Override
    public void update(User changed) {
        long expectedVersion = changed.version() - 1;
        driver("update", () -> {
            StoredUser stored = storedAt(changed.id(), expectedVersion);
            EmailAddress oldAddress = new EmailAddress(stored.email());
            boolean newAddress = !oldAddress.equals(changed.email());
            if (!changed.owner().equals(MAPPER.toOwner(stored))) {
                throw new IllegalArgumentException("the owner of user " + changed.id() + " never changes");
            }
            UUID claim = newAddress ? claims.claim(changed.email(), changed.id()) : stored.emailClaim();
            if (newAddress) {
                steps.accept(WriteStep.CLAIMED);
            }
            if (!users.updateIfAtVersion(MAPPER.toStored(changed, claim, stored.ownerClaim()), expectedVersion)) {
                if (newAddress) {
                    releaseUnlessItsUserHasIt(changed.email(), changed.id(), claim);
                }
                throw missingOrStale(changed.id(), expectedVersion);
            }
            steps.accept(WriteStep.COMMITTED);
            if (newAddress) {
                afterCommit("releasing the old address", () -> claims.release(oldAddress, stored.emailClaim()));
            }
            return null;
        });
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        driver("delete", () -> {
            StoredUser stored = storedAt(id, expectedVersion);
            if (!users.deleteIfAtVersion(id.value(), expectedVersion)) {
                throw missingOrStale(id, expectedVersion);
            }
            steps.accept(WriteStep.COMMITTED);
            afterCommit("releasing the address", () ->
                    claims.release(new EmailAddress(stored.email()), stored.emailClaim()));
            MAPPER.toOwner(stored).ifPresent(owner -> afterCommit("releasing the owner", () ->
                    ownerClaims.release(owner, stored.ownerClaim())));
            steps.accept(WriteStep.RELEASED);
            afterCommit("removing the id from the page index", () -> index.remove(id));
            return null;
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        return driver("query", () -> users.find(id.value()).map(CassandraUserRepository::toUser));
    }

    /** The claim names the user; the user's own row says whether it still has the address (or already has it). */
    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return driver("query", () -> claims.holderOf(email)
                .flatMap(users::find)
                .filter(stored -> stored.email().equals(email.value()))
                .map(CassandraUserRepository::toUser));
    }

    /** As {@link #findByEmail}: the owner's claim names the user, whose row says whether it belongs to it. */
    @Override
    public Optional<User> findByOwner(Owner owner) {
        return driver("query", () -> ownerClaims.holderOf(owner)
                .flatMap(users::find)
                .map(CassandraUserRepository::toUser)
                .filter(user -> user.isOwnedBy(owner)));
    }

    /**
     * Walks the page index from the cursor and reads the users it names, all at once. An id whose user is not there
     * (an insert still in progress, or a removal that stopped before tidying up) is passed over, and the walk goes on
     * until the page is full or the index ends.
     */
    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return driver("page query", () -> {
            List<User> page = new ArrayList<>(limit);
            Optional<UserId> cursor = after;
            List<UserId> ids = index.idsAfter(cursor, limit);
            while (!ids.isEmpty()) {
                page.addAll(usersOf(ids));
                if (page.size() == limit) {
                    break;
                }
                cursor = Optional.of(ids.get(ids.size() - 1));
                ids = index.idsAfter(cursor, limit - page.size());
            }
            return page;
        });
    }

    private List<User> usersOf(List<UserId> ids) {
        List<CompletableFuture<Optional<StoredUser>>> reads = ids.stream()
                .map(id -> users.findAsync(id.value()).toCompletableFuture())
                .toList();
        List<User> found = new ArrayList<>(ids.size());
        for (CompletableFuture<Optional<StoredUser>> read : reads) {
            try {
                read.join().map(CassandraUserRepository::toUser).ifPresent(found::add);
            } catch (CompletionException e) {
                throw e.getCause() instanceof DriverException driverFailure ? driverFailure : e;
            }
        }
        return found;
    }

    private StoredUser storedAt(UserId id, long expectedVersion) {
        StoredUser stored = users.find(id.value()).orElseThrow(() -> new UserNotFoundException(id));
        if (stored.version() != expectedVersion) {
            throw new VersionConflictException(id, expectedVersion);
        }
        return stored;
    }

    /**
     * After a conditional write that did not apply: the user is gone, or another change came first. A later read is
     * a true answer for some moment of the call, since ids are never reused. A quorum read is enough: the transaction
     * that refused had first completed every earlier one on a quorum, and a serial read would only duel in Paxos with
     * the winner's next steps.
     */
    private RuntimeException missingOrStale(UserId id, long expectedVersion) {
        return users.find(id.value()).isPresent()
                ? new VersionConflictException(id, expectedVersion)
                : new UserNotFoundException(id);
    }

    /**
     * Gives back a claim this operation took but did not commit, unless the user has the address after all (another
     * change of the same user took it and committed first, relying on the same claim, or an insert whose owner was
     * refused repeats the id of a stored user). Every such commit of a change came before this change's refused
     * transaction, which completed it on a quorum, so a quorum read sees it.
     */
    private void releaseUnlessItsUserHasIt(EmailAddress email, UserId id, UUID claim) {
        boolean userHasIt = users.find(id.value()).map(StoredUser::email).filter(email.value()::equals)
                .isPresent();
        if (!userHasIt) {
            claims.release(email, claim);
        }
    }

    /** The token of the claim on the user's owner, null for a user without one; refused, the address is given back. */
    private UUID claimOwnerOrGiveBack(User user, UUID emailClaim) {
        if (user.owner().isEmpty()) {
            return null;
        }
        try {
            return ownerClaims.claim(user.owner().get(), user.id());
        } catch (OwnerAlreadyRegisteredException e) {
            releaseUnlessItsUserHasIt(user.email(), user.id(), emailClaim);
            throw e;
        }
    }

    /** A step after the commit point: the change is made, so its failure is logged, never reported. */
    private static void afterCommit(String step, Runnable tidying) {
        try {
            tidying.run();
        } catch (DriverException | RepositoryUnavailableException e) {
            LOG.log(Level.WARNING, "Cassandra: " + step + " failed after a committed change; a later operation"
                    + " repairs it: " + e.getMessage());
        }
    }

    private static <T> T driver(String operation, Supplier<T> work) {
        try {
            return work.get();
        } catch (DriverException e) {
            throw CassandraFailures.of(e, operation);
        }
    }

    private static User toUser(StoredUser stored) {
        try {
            return MAPPER.toUser(stored);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the stored user " + stored.id() + " breaks the user rules", e);
        }
    }
}

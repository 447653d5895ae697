package org.acme.users.adapter.persistence.sql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * The {@link UserRepository} port on Hibernate, one SQL statement per operation.
 *
 * <p>Everything runs in a {@link StatelessSession} in auto-commit mode: with no persistence context there is
 * no load before a change, no dirty checking and no flush, so the statement written here is the statement
 * sent, and a single statement needs no transaction around it (that would cost a BEGIN and a COMMIT more).
 * Changes are HQL mutation queries that carry the expected version in their WHERE clause, so the database
 * itself decides atomically whether a change still applies; nothing is read first.
 */
final class SqlUserRepository implements UserRepository {

    /** Bounds a statement that the database accepted but does not finish; the socket timeout is the last resort. */
    static final int QUERY_TIMEOUT_SECONDS = 3;

    /** A mutation query rather than {@code StatelessSession.insert}, which sends its statement without a timeout. */
    private static final String INSERT = """
            insert into UserEntity (id, email, name, ownerIssuer, ownerSubject, createdAt, updatedAt, version)
            values (:id, :email, :name, :ownerIssuer, :ownerSubject, :createdAt, :updatedAt, :version)""";
    /** Sets neither owner column: an owner is never changed. */
    private static final String UPDATE_AT_VERSION = """
            update UserEntity u
            set u.email = :email, u.name = :name, u.updatedAt = :updatedAt, u.version = :version
            where u.id = :id and u.version = :expectedVersion""";
    private static final String DELETE_AT_VERSION =
            "delete from UserEntity u where u.id = :id and u.version = :expectedVersion";
    private static final String EXISTS = "select 1 from UserEntity u where u.id = :id";
    private static final String BY_ID = "from UserEntity u where u.id = :id";
    private static final String BY_EMAIL = "from UserEntity u where u.email = :email";
    private static final String BY_OWNER =
            "from UserEntity u where u.ownerIssuer = :issuer and u.ownerSubject = :subject";
    private static final String FIRST_PAGE = "from UserEntity u order by u.id";
    private static final String PAGE_AFTER = "from UserEntity u where u.id > :after order by u.id";

    private final SessionFactory sessionFactory;
    private final UserEntityMapper mapper;

    SqlUserRepository(SessionFactory sessionFactory, UserEntityMapper mapper) {
        this.sessionFactory = sessionFactory;
        this.mapper = mapper;
    }

    /**
     * Parses every query of this class once, before the first request. Hibernate keeps a parsed query, but the
     * threads that meet a query before it is kept all parse it at once, and its parser serialises them on a shared
     * lock: right after a start, a burst of requests then waited seconds, some holding connections, and requests
     * on a healthy database ran out of connection time and were answered 503.
     */
    void parseQueries() {
        sessionFactory.inStatelessSession(session -> {
            session.createMutationQuery(INSERT);
            session.createMutationQuery(UPDATE_AT_VERSION);
            session.createMutationQuery(DELETE_AT_VERSION);
            session.createSelectionQuery(EXISTS, Integer.class);
            for (String query : List.of(BY_ID, BY_EMAIL, BY_OWNER, FIRST_PAGE, PAGE_AFTER)) {
                session.createSelectionQuery(query, UserEntity.class);
            }
        });
    }

    @Override
    public void insert(User user) {
        Objects.requireNonNull(user, "user");
        UserEntity row = mapper.toEntity(user);
        run("storing a user", session -> session.createMutationQuery(INSERT)
                .setParameter("id", row.getId())
                .setParameter("email", row.getEmail())
                .setParameter("name", row.getName())
                .setParameter("ownerIssuer", row.getOwnerIssuer())
                .setParameter("ownerSubject", row.getOwnerSubject())
                .setParameter("createdAt", row.getCreatedAt())
                .setParameter("updatedAt", row.getUpdatedAt())
                .setParameter("version", row.getVersion())
                .setTimeout(QUERY_TIMEOUT_SECONDS)
                .executeUpdate(), failure -> duplicateOf(user, failure));
    }

    @Override
    public void update(User changed) {
        Objects.requireNonNull(changed, "changed");
        UserEntity row = mapper.toEntity(changed);
        long expectedVersion = changed.version() - 1;
        Optional<RuntimeException> refusal = run("changing a user", session -> {
            int changedRows = session.createMutationQuery(UPDATE_AT_VERSION)
                    .setParameter("email", row.getEmail())
                    .setParameter("name", row.getName())
                    .setParameter("updatedAt", row.getUpdatedAt())
                    .setParameter("version", row.getVersion())
                    .setParameter("id", row.getId())
                    .setParameter("expectedVersion", expectedVersion)
                    .setTimeout(QUERY_TIMEOUT_SECONDS)
                    .executeUpdate();
            return changedRows == 1 ? Optional.empty() : Optional.of(missingOrStale(session, changed.id(), expectedVersion));
        }, failure -> new EmailAlreadyUsedException(changed.email()));
        refusal.ifPresent(exception -> {
            throw exception;
        });
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        Optional<RuntimeException> refusal = run("removing a user", session -> {
            int removedRows = session.createMutationQuery(DELETE_AT_VERSION)
                    .setParameter("id", id.value())
                    .setParameter("expectedVersion", expectedVersion)
                    .setTimeout(QUERY_TIMEOUT_SECONDS)
                    .executeUpdate();
            return removedRows == 1 ? Optional.empty() : Optional.of(missingOrStale(session, id, expectedVersion));
        });
        refusal.ifPresent(exception -> {
            throw exception;
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        Objects.requireNonNull(id, "id");
        return run("reading a user", session -> session.createSelectionQuery(BY_ID, UserEntity.class)
                .setParameter("id", id.value())
                .setTimeout(QUERY_TIMEOUT_SECONDS)
                .uniqueResultOptional()
                .map(mapper::toUser));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        Objects.requireNonNull(email, "email");
        return run("finding a user by e-mail", session -> session.createSelectionQuery(BY_EMAIL, UserEntity.class)
                .setParameter("email", email.value())
                .setTimeout(QUERY_TIMEOUT_SECONDS)
                .uniqueResultOptional()
                .map(mapper::toUser));
    }

    /**
     * Served by the owner's unique index. The comparison in Java is what makes it exact on MariaDB, whose binary
     * collation ignores trailing spaces; elsewhere the database already compared exactly.
     */
    @Override
    public Optional<User> findByOwner(Owner owner) {
        Objects.requireNonNull(owner, "owner");
        return run("finding a user by owner", session -> session.createSelectionQuery(BY_OWNER, UserEntity.class)
                .setParameter("issuer", owner.issuer())
                .setParameter("subject", owner.subject())
                .setTimeout(QUERY_TIMEOUT_SECONDS)
                .uniqueResultOptional()
                .map(mapper::toUser));
    }

    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        Objects.requireNonNull(after, "after");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        // Keyset paging: the primary key index finds the start and delivers rows in order, at any depth.
        return run("listing users", session -> (after.isPresent()
                ? session.createSelectionQuery(PAGE_AFTER, UserEntity.class).setParameter("after", after.get().value())
                : session.createSelectionQuery(FIRST_PAGE, UserEntity.class))
                .setMaxResults(limit)
                .setTimeout(QUERY_TIMEOUT_SECONDS)
                .getResultList()
                .stream()
                .map(mapper::toUser)
                .toList());
    }

    /** Which unique key a refused insert of {@code user} broke. */
    private static RuntimeException duplicateOf(User user, RuntimeException failure) {
        if (DatabaseFailures.concernsEmail(failure)) {
            return new EmailAlreadyUsedException(user.email());
        }
        if (DatabaseFailures.concernsOwner(failure) && user.owner().isPresent()) {
            return new OwnerAlreadyRegisteredException(user.owner().get());
        }
        // Ids are generated and unique by construction: a repeat is a bug in the caller, not a conflict.
        return new IllegalArgumentException("a user with id " + user.id() + " is already stored", failure);
    }

    /**
     * Runs after a conditional change matched no row, only to choose which refusal to report; the change
     * itself was already decided atomically by the database, and nothing was written. This is race-free
     * because ids are never reused: a row that exists now also existed when the change was refused, so its
     * version was not the expected one (versions only grow). A row that is gone now was either never there or
     * removed meanwhile; "not found" is then true of the moment this answer is given.
     */
    private static RuntimeException missingOrStale(StatelessSession session, UserId id, long expectedVersion) {
        boolean exists = !session.createSelectionQuery(EXISTS, Integer.class)
                .setParameter("id", id.value())
                .setTimeout(QUERY_TIMEOUT_SECONDS)
                .getResultList()
                .isEmpty();
        return exists ? new VersionConflictException(id, expectedVersion) : new UserNotFoundException(id);
    }

    private <R> R run(String operation, Function<StatelessSession, R> work) {
        return run(operation, work, failure -> DatabaseFailures.toPortException(failure, operation));
    }

    /**
     * Runs one unit of work and translates any failure for the port.
     *
     * @param onDuplicate what a unique-key violation means for this operation
     */
    private <R> R run(String operation, Function<StatelessSession, R> work,
            Function<RuntimeException, RuntimeException> onDuplicate) {
        try {
            return sessionFactory.fromStatelessSession(work);
        } catch (RuntimeException failure) {
            if (sessionFactory.isClosed()) {
                // Closed while the service shuts down: callers should retry elsewhere, just as for a lost database.
                throw new RepositoryUnavailableException("the SQL adapter has been closed", failure);
            }
            throw DatabaseFailures.isUniqueViolation(failure)
                    ? onDuplicate.apply(failure)
                    : DatabaseFailures.toPortException(failure, operation);
        }
    }
}

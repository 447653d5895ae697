package org.acme.users.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;

/**
 * A worked example of an adapter of one's own: the {@link UserRepository} port on plain JDBC, written for
 * H2, with no ORM. The database decides every rule that a race could break: unique constraints keep
 * addresses and owners apart, and changes are conditional on the version ({@code UPDATE ... WHERE id = ? AND version = ?}).
 */
public final class JdbcUserRepository implements UserRepository, DatabaseHealth {

    // TIMESTAMP WITH TIME ZONE keeps the instant whatever the JVM's zone; H2 counts VARCHAR lengths in UTF-16
    // units, so they are twice the domain's limits in code points.
    private static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS users (
                id         UUID PRIMARY KEY,
                email      VARCHAR(508) NOT NULL CONSTRAINT users_email_unique UNIQUE,
                name       VARCHAR(200) NOT NULL,
                created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                version    BIGINT NOT NULL,
                owner_issuer  VARCHAR(510),
                owner_subject VARCHAR(510),
                CONSTRAINT users_owner_unique UNIQUE (owner_issuer, owner_subject))""";
    private static final String COLUMNS = "id, email, name, created_at, updated_at, version, owner_issuer, owner_subject";
    private static final String OWNER_CONSTRAINT = "USERS_OWNER_UNIQUE";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private final DataSource dataSource;
    private volatile String lastSeenDatabase = "not reached yet";

    public JdbcUserRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A real service would run a migration tool instead; the table is all this example needs. */
    public void createTableIfMissing() {
        run(connection -> execute(connection, CREATE_TABLE));
    }

    @Override
    public void insert(User user) {
        // Users with no owner have NULL in both columns, and NULLs never collide in a unique constraint.
        write(user, "INSERT INTO users (email, name, created_at, updated_at, version, id, owner_issuer, owner_subject)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", user.id().value(), user.owner().map(Owner::issuer).orElse(null),
                user.owner().map(Owner::subject).orElse(null));
    }

    @Override
    public void update(User changed) {
        long expected = changed.version() - 1;
        int updated = write(changed, "UPDATE users SET email = ?, name = ?, created_at = ?, updated_at = ?, version = ?"
                + " WHERE id = ? AND version = ?", changed.id().value(), expected);
        if (updated == 0) {
            throw missingOrConflict(changed.id(), expected);
        }
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        int deleted = run(connection -> execute(connection, "DELETE FROM users WHERE id = ? AND version = ?",
                id.value(), expectedVersion));
        if (deleted == 0) {
            throw missingOrConflict(id, expectedVersion);
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return query("SELECT " + COLUMNS + " FROM users WHERE id = ?", id.value()).stream().findFirst();
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return query("SELECT " + COLUMNS + " FROM users WHERE email = ?", email.value()).stream().findFirst();
    }

    @Override
    public Optional<User> findByOwner(Owner owner) {
        return query("SELECT " + COLUMNS + " FROM users WHERE owner_issuer = ? AND owner_subject = ?",
                owner.issuer(), owner.subject()).stream().findFirst();
    }

    /** Keyset paging: H2 orders UUIDs as unsigned bytes, which is {@link UserId#compareTo}. */
    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return after.isPresent()
                ? query("SELECT " + COLUMNS + " FROM users WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY",
                        after.get().value(), limit)
                : query("SELECT " + COLUMNS + " FROM users ORDER BY id FETCH FIRST ? ROWS ONLY", limit);
    }

    @Override
    public DatabaseStatus check() {
        try (Connection connection = dataSource.getConnection()) {
            var metaData = connection.getMetaData();
            lastSeenDatabase = metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
            return new DatabaseStatus("jdbc", lastSeenDatabase, connection.isValid(2));
        } catch (SQLException e) {
            return new DatabaseStatus("jdbc", lastSeenDatabase, false);
        }
    }

    /** The conditional statement matched no row: reading the row back tells a missing user from a stale version. */
    private RuntimeException missingOrConflict(UserId id, long expectedVersion) {
        return findById(id).isPresent()
                ? new VersionConflictException(id, expectedVersion)
                : new UserNotFoundException(id);
    }

    /** Sets the user's fields, then the {@code keys} of the statement; a taken address or owner is the domain's exception. */
    private int write(User user, String sql, Object... keys) {
        List<Object> parameters = new ArrayList<>(List.of(user.email().value(), user.name().value(),
                utc(user.createdAt()), utc(user.updatedAt()), user.version()));
        parameters.addAll(Arrays.asList(keys));
        return run(connection -> {
            try {
                return execute(connection, sql, parameters.toArray());
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState()) && e.getMessage().contains(OWNER_CONSTRAINT)) {
                    throw new OwnerAlreadyRegisteredException(user.owner().orElseThrow());
                }
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new EmailAlreadyUsedException(user.email());
                }
                throw e;
            }
        });
    }

    private static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private List<User> query(String sql, Object... parameters) {
        return run(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                List<User> users = new ArrayList<>();
                while (rows.next()) {
                    users.add(new User(new UserId(rows.getObject("id", UUID.class)),
                            new EmailAddress(rows.getString("email")), new UserName(rows.getString("name")),
                            ownerIn(rows), rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                            rows.getObject("updated_at", OffsetDateTime.class).toInstant(),
                            rows.getLong("version")));
                }
                return users;
            }
        });
    }

    private static Optional<Owner> ownerIn(ResultSet row) throws SQLException {
        String issuer = row.getString("owner_issuer");
        return issuer == null ? Optional.empty() : Optional.of(new Owner(issuer, row.getString("owner_subject")));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Runs one statement in its own auto-committed connection; no driver exception leaves this method. */
    private <T> T run(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            if (isConnectionFailure(e)) {
                throw new RepositoryUnavailableException("the database cannot be reached", e);
            }
            throw new IllegalStateException("the database refused a statement of this adapter", e);
        }
    }

    /** SQLState class 08, or the JDBC types for it: H2 reports a broken connection as 90067 of that type. */
    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || (state != null && state.startsWith(CONNECTION_EXCEPTION_CLASS));
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T on(Connection connection) throws SQLException;
    }
}

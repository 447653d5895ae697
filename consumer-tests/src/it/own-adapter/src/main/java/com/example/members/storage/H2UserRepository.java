package com.example.members.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
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

/** The users port on H2 through plain JDBC: the database decides uniqueness and versions, one statement each. */
public final class H2UserRepository implements UserRepository, DatabaseHealth {

    private static final String COLUMNS = "id, email, name, created_at, updated_at, version, owner_issuer, owner_subject";

    private final DataSource dataSource;

    public H2UserRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void createSchema() {
        try (InputStream schema = H2UserRepository.class.getResourceAsStream("/schema.sql")) {
            String ddl = new String(schema.readAllBytes(), StandardCharsets.UTF_8);
            run(connection -> update(connection, ddl));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void insert(User user) {
        write(user, "INSERT INTO users (email, name, created_at, updated_at, version, id, owner_issuer, owner_subject)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", user.id().value(), user.owner().map(Owner::issuer).orElse(null),
                user.owner().map(Owner::subject).orElse(null));
    }

    @Override
    public void update(User changed) {
        long expected = changed.version() - 1;
        if (write(changed, "UPDATE users SET email = ?, name = ?, created_at = ?, updated_at = ?, version = ?"
                + " WHERE id = ? AND version = ?", changed.id().value(), expected) == 0) {
            throw missingOrConflict(changed.id(), expected);
        }
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        if (run(connection -> update(connection, "DELETE FROM users WHERE id = ? AND version = ?", id.value(),
                expectedVersion)) == 0) {
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
        return query("SELECT " + COLUMNS + " FROM users WHERE owner_issuer = ? AND owner_subject = ?", owner.issuer(),
                owner.subject()).stream().findFirst();
    }

    /** H2 orders UUIDs as unsigned bytes, which is the order the port asks for. */
    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        return after.isPresent()
                ? query("SELECT " + COLUMNS + " FROM users WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY",
                        after.get().value(), limit)
                : query("SELECT " + COLUMNS + " FROM users ORDER BY id FETCH FIRST ? ROWS ONLY", limit);
    }

    @Override
    public DatabaseStatus check() {
        try (Connection connection = dataSource.getConnection()) {
            return new DatabaseStatus("h2", "H2 " + connection.getMetaData().getDatabaseProductVersion(),
                    connection.isValid(2));
        } catch (SQLException e) {
            return new DatabaseStatus("h2", "H2", false);
        }
    }

    private RuntimeException missingOrConflict(UserId id, long expectedVersion) {
        return findById(id).isPresent()
                ? new VersionConflictException(id, expectedVersion)
                : new UserNotFoundException(id);
    }

    private int write(User user, String sql, Object... keys) {
        List<Object> parameters = new ArrayList<>(List.of(user.email().value(), user.name().value(),
                user.createdAt().atOffset(ZoneOffset.UTC), user.updatedAt().atOffset(ZoneOffset.UTC), user.version()));
        parameters.addAll(Arrays.asList(keys));
        return run(connection -> {
            try {
                return update(connection, sql, parameters.toArray());
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState()) && e.getMessage().contains("USERS_OWNER_UNIQUE")) {
                    throw new OwnerAlreadyRegisteredException(user.owner().orElseThrow());
                }
                if ("23505".equals(e.getSQLState())) {
                    throw new EmailAlreadyUsedException(user.email());
                }
                throw e;
            }
        });
    }

    private List<User> query(String sql, Object... parameters) {
        return run(connection -> {
            try (PreparedStatement statement = prepared(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                List<User> users = new ArrayList<>();
                while (rows.next()) {
                    users.add(new User(new UserId(rows.getObject("id", UUID.class)),
                            new EmailAddress(rows.getString("email")), new UserName(rows.getString("name")),
                            ownerIn(rows), rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                            rows.getObject("updated_at", OffsetDateTime.class).toInstant(), rows.getLong("version")));
                }
                return users;
            }
        });
    }

    private static Optional<Owner> ownerIn(ResultSet row) throws SQLException {
        String issuer = row.getString("owner_issuer");
        return issuer == null ? Optional.empty() : Optional.of(new Owner(issuer, row.getString("owner_subject")));
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** One statement on a connection of its own; a connection that fails is the port's "unavailable". */
    private <T> T run(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            if (e instanceof SQLNonTransientConnectionException
                    || (e.getSQLState() != null && e.getSQLState().startsWith("08"))) {
                throw new RepositoryUnavailableException("the database cannot be reached", e);
            }
            throw new IllegalStateException("the database refused a statement", e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }
}

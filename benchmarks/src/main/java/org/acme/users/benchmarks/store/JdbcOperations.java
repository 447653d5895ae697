package org.acme.users.benchmarks.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;

/**
 * The operations as plain JDBC on one dedicated connection in auto-commit mode, on the table that the adapter's
 * migration created: one statement each, prepared per call as ordinary JDBC code does (the drivers cache the
 * parsed statement per connection), no pool, no timeout, no mapping beyond reading the columns. That is the least
 * work the database and the driver allow, the limit the adapter is measured against.
 */
public final class JdbcOperations implements UserOperations {

    static final String COLUMNS = "id, email, name, created_at, updated_at, version";
    private static final String INSERT = "insert into users (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)";
    private static final String BY_ID = "select " + COLUMNS + " from users where id = ?";
    private static final String BY_EMAIL = "select " + COLUMNS + " from users where email = ?";
    private static final String PAGE_AFTER = "select " + COLUMNS + " from users where id > ? order by id limit ?";
    private static final String UPDATE_AT_VERSION =
            "update users set email = ?, name = ?, updated_at = ?, version = ? where id = ? and version = ?";
    private static final String DELETE_AT_VERSION = "delete from users where id = ? and version = ?";
    private static final String DELETE = "delete from users where id = ?";

    private final Connection connection;
    private final SqlEngine engine;

    public JdbcOperations(Connection connection, SqlEngine engine) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public void insert(User user) {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            bindUser(statement, 1, user);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("insert", e);
        }
    }

    @Override
    public Object findById(UserId id) {
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            engine.bindId(statement, 1, id.value());
            return single(statement, id);
        } catch (SQLException e) {
            throw failure("find by id", e);
        }
    }

    @Override
    public Object findByEmail(EmailAddress email) {
        try (PreparedStatement statement = connection.prepareStatement(BY_EMAIL)) {
            statement.setString(1, email.value());
            return single(statement, email);
        } catch (SQLException e) {
            throw failure("find by e-mail", e);
        }
    }

    @Override
    public void change(User changed) {
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_AT_VERSION)) {
            statement.setString(1, changed.email().value());
            statement.setString(2, changed.name().value());
            engine.bindInstant(statement, 3, changed.updatedAt());
            statement.setLong(4, changed.version());
            engine.bindId(statement, 5, changed.id().value());
            statement.setLong(6, changed.version() - 1);
            requireOneRow(statement.executeUpdate(), changed.id());
        } catch (SQLException e) {
            throw failure("change", e);
        }
    }

    @Override
    public List<UserRow> pageAfter(UserId after, int limit) {
        try (PreparedStatement statement = connection.prepareStatement(PAGE_AFTER)) {
            engine.bindId(statement, 1, after.value());
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<UserRow> page = new ArrayList<>(limit);
                while (rows.next()) {
                    page.add(read(rows));
                }
                return page;
            }
        } catch (SQLException e) {
            throw failure("page", e);
        }
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        try (PreparedStatement statement = connection.prepareStatement(DELETE_AT_VERSION)) {
            engine.bindId(statement, 1, id.value());
            statement.setLong(2, expectedVersion);
            requireOneRow(statement.executeUpdate(), id);
        } catch (SQLException e) {
            throw failure("delete", e);
        }
    }

    /** Removes a user whatever its version; not one of the measured operations. */
    void discard(UserId id) {
        try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
            engine.bindId(statement, 1, id.value());
            requireOneRow(statement.executeUpdate(), id);
        } catch (SQLException e) {
            throw failure("discard", e);
        }
    }

    /** Binds the six columns in {@link #COLUMNS} order, from {@code first} on; seeding uses it for multi-row inserts. */
    void bindUser(PreparedStatement statement, int first, User user) throws SQLException {
        engine.bindId(statement, first, user.id().value());
        statement.setString(first + 1, user.email().value());
        statement.setString(first + 2, user.name().value());
        engine.bindInstant(statement, first + 3, user.createdAt());
        engine.bindInstant(statement, first + 4, user.updatedAt());
        statement.setLong(first + 5, user.version());
    }

    private UserRow single(PreparedStatement statement, Object key) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no stored user " + key);
            }
            return read(rows);
        }
    }

    private UserRow read(ResultSet rows) throws SQLException {
        return new UserRow(engine.readId(rows, 1), rows.getString(2), rows.getString(3),
                engine.readInstant(rows, 4), engine.readInstant(rows, 5), rows.getLong(6));
    }

    private static void requireOneRow(int rows, UserId id) {
        if (rows != 1) {
            throw new IllegalStateException("user " + id + " is missing or not at the expected version");
        }
    }

    private static IllegalStateException failure(String operation, SQLException e) {
        return new IllegalStateException("raw " + operation + " failed: " + e.getMessage(), e);
    }
}

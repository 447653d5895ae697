package org.acme.users.benchmarks.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.acme.users.adapter.persistence.sql.SqlPersistence;
import org.acme.users.adapter.persistence.sql.SqlSettings;
import org.acme.users.domain.model.UserId;

/**
 * A SQL database with the adapter on it, which creates the schema through its Flyway migration, and one raw JDBC
 * connection of its own to the same table.
 */
public final class SqlStore implements BenchmarkStore {

    private final SqlPersistence adapter;
    private final Connection connection;
    private final UserOperations port;
    private final JdbcOperations raw;
    private final String product;

    private SqlStore(SqlPersistence adapter, Connection connection, JdbcOperations raw) {
        this.adapter = adapter;
        this.connection = connection;
        this.port = new PortOperations(adapter.userRepository());
        this.raw = raw;
        this.product = adapter.databaseHealth().check().database();
    }

    /** Opens the adapter and the raw connection, and seeds the table unless it holds exactly the seed users. */
    public static SqlStore open(String label, SqlTarget target, int users) {
        SqlPersistence adapter = SqlPersistence.connect(SqlSettings.of(target.jdbcUrl(), target.user(), target.password()));
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
            Connection seedConnection = connection;
            JdbcOperations jdbc = new JdbcOperations(connection, target.engine());
            SeededData.ensure(label, users, count(connection), adapter.userRepository(), seedUsers ->
                    new SqlSeeder(seedConnection, target.engine(), jdbc).replaceAllWithSeedUsers(seedUsers));
            SqlStore store = new SqlStore(adapter, connection, jdbc);
            RunLog.note("database", label, store.product);
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            adapter.close();
            throw new IllegalStateException("cannot open " + label + " at " + target.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public UserOperations port() {
        return port;
    }

    @Override
    public UserOperations raw() {
        return raw;
    }

    @Override
    public void discard(UserId id) {
        raw.discard(id);
    }

    @Override
    public String product() {
        return product;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the raw connection", e);
        } finally {
            adapter.close();
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from users")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Already failing to open: the first failure is the one worth reporting.
        }
    }
}

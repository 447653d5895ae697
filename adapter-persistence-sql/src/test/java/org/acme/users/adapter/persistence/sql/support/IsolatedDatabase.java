package org.acme.users.adapter.persistence.sql.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.acme.users.adapter.persistence.sql.SqlSettings;

/**
 * A database (or schema) of one test class's own: created empty, so no run depends on another, and dropped
 * on {@link #close()}.
 */
public interface IsolatedDatabase extends AutoCloseable {

    /** Settings that reach this database directly. */
    SqlSettings settings();

    /** Empties the users table, leaving the schema and Flyway's history as they are. */
    default void deleteAllUsers() {
        execute("DELETE FROM users");
    }

    /** Runs one statement over a connection of its own, outside the adapter. */
    default void execute(String sql) {
        SqlSettings settings = settings();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run on the test database: " + sql, e);
        }
    }

    /** The first row of a query's result, each column as text, read over a connection of its own. */
    default List<String> firstRow(String sql) {
        SqlSettings settings = settings();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("no rows from: " + sql);
            }
            List<String> row = new ArrayList<>();
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                row.add(rows.getString(column));
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot query the test database: " + sql, e);
        }
    }

    @Override
    void close();
}

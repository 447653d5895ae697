package org.acme.users.benchmarks.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;

/**
 * Fills the users table with seed users 0 to n-1 through multi-row INSERT statements of a thousand rows each,
 * a few hundred thousand rows per second on every engine here, with no bulk-load syntax of any one engine.
 */
final class SqlSeeder {

    private static final int ROWS_PER_STATEMENT = 1000;
    private static final int STATEMENTS_PER_COMMIT = 50;

    private final Connection connection;
    private final SqlEngine engine;
    private final JdbcOperations raw;

    SqlSeeder(Connection connection, SqlEngine engine, JdbcOperations raw) {
        this.connection = connection;
        this.engine = engine;
        this.raw = raw;
    }

    void replaceAllWithSeedUsers(int users) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute(engine.emptyTable());
            }
            connection.commit();
            int full = users / ROWS_PER_STATEMENT;
            try (PreparedStatement insert = connection.prepareStatement(multiRowInsert(ROWS_PER_STATEMENT))) {
                for (int chunk = 0; chunk < full; chunk++) {
                    insertRows(insert, chunk * ROWS_PER_STATEMENT, ROWS_PER_STATEMENT);
                    if ((chunk + 1) % STATEMENTS_PER_COMMIT == 0) {
                        connection.commit();
                    }
                }
            }
            int rest = users - full * ROWS_PER_STATEMENT;
            if (rest > 0) {
                try (PreparedStatement insert = connection.prepareStatement(multiRowInsert(rest))) {
                    insertRows(insert, full * ROWS_PER_STATEMENT, rest);
                }
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(engine.refreshStatistics());
        }
    }

    private void insertRows(PreparedStatement insert, int first, int count) throws SQLException {
        for (int row = 0; row < count; row++) {
            raw.bindUser(insert, row * 6 + 1, SeedUsers.number(first + row));
        }
        insert.executeUpdate();
    }

    private static String multiRowInsert(int rows) {
        StringJoiner values = new StringJoiner(", ");
        for (int row = 0; row < rows; row++) {
            values.add("(?, ?, ?, ?, ?, ?)");
        }
        return "insert into users (" + JdbcOperations.COLUMNS + ") values " + values;
    }
}

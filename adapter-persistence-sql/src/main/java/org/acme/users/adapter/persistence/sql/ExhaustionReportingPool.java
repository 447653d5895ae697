package org.acme.users.adapter.persistence.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The request pool, which says why a wait for a connection ran out. HikariCP gives its timeout the last
 * failure to open a connection as its cause, and clears that failure when a connection opens again; a timeout
 * without a cause therefore means that the database answers and every connection was simply in use.
 */
final class ExhaustionReportingPool extends HikariDataSource {

    ExhaustionReportingPool(HikariConfig config) {
        super(config);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return super.getConnection();
        } catch (SQLTransientConnectionException timeout) {
            if (timeout.getCause() == null && !isClosed()) {
                throw new PoolExhaustedException(timeout);
            }
            throw timeout;
        }
    }
}

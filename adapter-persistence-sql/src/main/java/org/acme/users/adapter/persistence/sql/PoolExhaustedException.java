package org.acme.users.adapter.persistence.sql;

import java.sql.SQLTransientConnectionException;

/**
 * The pool's wait for a connection ran out while every connection was lent out and none had failed: the
 * database is answering, the service has more work than connections. Travels as the cause of whatever
 * Hibernate makes of it, so that {@link DatabaseFailures} can tell saturation from an outage.
 */
final class PoolExhaustedException extends SQLTransientConnectionException {

    private static final long serialVersionUID = 1L;

    PoolExhaustedException(SQLTransientConnectionException timeout) {
        super(timeout.getMessage(), timeout.getSQLState(), timeout.getErrorCode());
    }
}

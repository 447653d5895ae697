package org.acme.users.adapter.persistence.sql;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.acme.users.domain.port.RepositoryBusyException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.hibernate.PessimisticLockException;
import org.hibernate.QueryTimeoutException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Reads what a Hibernate or driver exception means for the port, since no driver type may cross it.
 * Classifies by SQLState and vendor code rather than message text wherever the drivers allow.
 */
final class DatabaseFailures {

    private static final String UNIQUE_VIOLATION_STATE = "23505";
    private static final String MARIADB_INTEGRITY_STATE = "23000";
    private static final int MARIADB_DUPLICATE_KEY = 1062;
    /**
     * SQLITE_CONSTRAINT. Hibernate's SQLite dialect leaves it unclassified and the driver reports no SQLState.
     * The only constraints on the table are the three unique keys and NOT NULL, which the domain never breaks.
     */
    private static final int SQLITE_CONSTRAINT = 19;
    private static final String EMAIL_CONSTRAINT = "users_email_unique";
    private static final String SQLITE_EMAIL_COLUMN = "users.email";
    private static final String OWNER_CONSTRAINT = "users_owner_unique";
    private static final String SQLITE_OWNER_COLUMN = "users.owner_issuer";
    private static final String CONNECTION_FAILURE_STATE_CLASS = "08";
    /** PostgreSQL's operator intervention class: a cancelled query (timeout) or a server shutting down. */
    private static final String OPERATOR_INTERVENTION_STATE_CLASS = "57";
    /** MariaDB's "query execution was interrupted", raised when its statement time limit runs out. */
    private static final String MARIADB_INTERRUPTED_STATE = "70100";

    private DatabaseFailures() {
    }

    static boolean isUniqueViolation(RuntimeException failure) {
        if (failure instanceof ConstraintViolationException violation
                && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
            return true;
        }
        return sqlExceptionsIn(failure).anyMatch(sql -> UNIQUE_VIOLATION_STATE.equals(sql.getSQLState())
                || MARIADB_INTEGRITY_STATE.equals(sql.getSQLState()) && sql.getErrorCode() == MARIADB_DUPLICATE_KEY
                || sql.getSQLState() == null && sql.getErrorCode() == SQLITE_CONSTRAINT);
    }

    /**
     * Whether a unique violation is about the e-mail address rather than the id. Every migration names the
     * constraint {@code users_email_unique}, and each database reports that name, except SQLite, which names
     * the column as {@code users.email}. Mere mention of "email" is not enough: some drivers quote the statement.
     */
    static boolean concernsEmail(RuntimeException failure) {
        return names(failure, EMAIL_CONSTRAINT, SQLITE_EMAIL_COLUMN);
    }

    /**
     * Whether a unique violation is about the owner: the constraint {@code users_owner_unique}, or on SQLite the
     * columns, {@code users.owner_issuer, users.owner_subject}.
     */
    static boolean concernsOwner(RuntimeException failure) {
        return names(failure, OWNER_CONSTRAINT, SQLITE_OWNER_COLUMN);
    }

    private static boolean names(RuntimeException failure, String constraintName, String sqliteColumn) {
        Optional<String> constraint = failure instanceof ConstraintViolationException violation
                ? Optional.ofNullable(violation.getConstraintName())
                : Optional.empty();
        return Stream.concat(constraint.stream(), sqlExceptionsIn(failure).map(SQLException::getMessage))
                .filter(Objects::nonNull)
                .map(text -> text.toLowerCase(Locale.ROOT))
                .anyMatch(text -> text.contains(constraintName) || text.contains(sqliteColumn));
    }

    /** The port's exception for a failure that is neither a duplicate nor a refusal the caller asked about. */
    static RuntimeException toPortException(RuntimeException failure, String operation) {
        if (causes(failure).anyMatch(PoolExhaustedException.class::isInstance)) {
            return new RepositoryBusyException(
                    "every pooled connection was in use for the whole wait while " + operation, failure);
        }
        if (isUnavailability(failure)) {
            return new RepositoryUnavailableException(
                    "the database could not be reached or did not answer in time while " + operation, failure);
        }
        return new IllegalStateException("unexpected database failure while " + operation, failure);
    }

    private static boolean isUnavailability(RuntimeException failure) {
        return causes(failure).anyMatch(cause -> cause instanceof JDBCConnectionException
                || cause instanceof QueryTimeoutException
                // Lock waits that ran out, SQLite's busy timeout included: the database did not answer in time.
                || cause instanceof PessimisticLockException
                || cause instanceof jakarta.persistence.QueryTimeoutException
                || cause instanceof jakarta.persistence.PessimisticLockException
                || cause instanceof SQLException sql && isUnavailability(sql)
                || cause instanceof java.io.IOException);
    }

    private static boolean isUnavailability(SQLException failure) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        return failure instanceof SQLTransientException
                || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException
                || failure instanceof SQLTimeoutException
                || state.startsWith(CONNECTION_FAILURE_STATE_CLASS)
                || state.startsWith(OPERATOR_INTERVENTION_STATE_CLASS)
                || state.equals(MARIADB_INTERRUPTED_STATE);
    }

    private static Stream<SQLException> sqlExceptionsIn(Throwable failure) {
        return causes(failure).filter(SQLException.class::isInstance).map(SQLException.class::cast);
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, cause -> cause != null, Throwable::getCause).limit(20);
    }
}

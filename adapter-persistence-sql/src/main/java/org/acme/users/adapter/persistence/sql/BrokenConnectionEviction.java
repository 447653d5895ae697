package org.acme.users.adapter.persistence.sql;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells the pool to drop a connection that its driver calls broken for good. HikariCP recognises a dead connection
 * by SQLState class 08 and a few vendor codes only; H2 over TCP reports a lost server as
 * {@link SQLNonTransientConnectionException} with codes of its own (90067 "connection is broken", 90121 "database is
 * already closed"). Without this the pool kept lending the same dead connections after the server was back: under
 * steady load they never sat idle long enough to be checked, and every request was answered 503 while the load lasted.
 */
final class BrokenConnectionEviction implements SQLExceptionOverride {

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException failure) {
        return failure instanceof SQLNonTransientConnectionException
                ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}

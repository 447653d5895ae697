package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Duration;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;

/**
 * Asks a node for its release version: a round trip as light as a ping that also tells the server version, so an
 * upgrade while the service runs shows up at the next check.
 */
final class CassandraDatabaseHealth implements DatabaseHealth {

    static final String ADAPTER = "cassandra";
    /** Short enough for a load balancer's probe, whatever the request timeout is. */
    static final Duration CHECK_TIMEOUT = Duration.ofMillis(1500);

    private static final SimpleStatement RELEASE_VERSION =
            SimpleStatement.newInstance("SELECT release_version FROM system.local").setTimeout(CHECK_TIMEOUT);

    private final CqlSession session;
    private volatile String lastSeenDatabase;

    private CassandraDatabaseHealth(CqlSession session, String serverDescription) {
        this.session = session;
        this.lastSeenDatabase = serverDescription;
    }

    /** Asks once, and lets a failure through: at start-up an unreachable database is an error, not a status. */
    static CassandraDatabaseHealth start(CqlSession session) {
        return new CassandraDatabaseHealth(session, describeServer(session));
    }

    @Override
    public DatabaseStatus check() {
        try {
            lastSeenDatabase = describeServer(session);
            return new DatabaseStatus(ADAPTER, lastSeenDatabase, true);
        } catch (RuntimeException e) {
            return new DatabaseStatus(ADAPTER, lastSeenDatabase, false);
        }
    }

    private static String describeServer(CqlSession session) {
        Row row = session.execute(RELEASE_VERSION).one();
        return "Cassandra " + (row == null ? "(unknown version)" : row.getString("release_version"));
    }
}

package org.acme.users.adapter.persistence.mongo;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;
import org.bson.Document;

/**
 * Asks MongoDB for its build information: a round trip as light as a ping that also tells the server version,
 * so an upgrade while the service runs shows up at the next check.
 */
final class MongoDatabaseHealth implements DatabaseHealth {

    static final String ADAPTER = MongoPersistenceProvider.NAME;
    /** Short enough for a load balancer's probe, whatever the operation timeout is. */
    static final Duration CHECK_TIMEOUT = Duration.ofMillis(1500);

    private final MongoDatabase database;
    private volatile String lastSeenDatabase;

    /** A health check that has not reached the server yet, reporting {@code serverDescription} until it does. */
    MongoDatabaseHealth(MongoDatabase database, String serverDescription) {
        this.database = database;
        this.lastSeenDatabase = serverDescription;
    }

    /** Asks once, and lets a failure through: at start-up an unreachable database is an error, not a status. */
    static MongoDatabaseHealth start(MongoDatabase database) {
        MongoDatabase bounded = database.withTimeout(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return new MongoDatabaseHealth(bounded, describeServer(bounded));
    }

    @Override
    public DatabaseStatus check() {
        try {
            lastSeenDatabase = describeServer(database);
            return new DatabaseStatus(ADAPTER, lastSeenDatabase, true);
        } catch (RuntimeException e) {
            return new DatabaseStatus(ADAPTER, lastSeenDatabase, false);
        }
    }

    private static String describeServer(MongoDatabase database) {
        return "MongoDB " + database.runCommand(new Document("buildInfo", 1)).getString("version");
    }
}

package org.acme.users.adapter.persistence.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.ConnectionPoolListener;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserRepository;

/**
 * The MongoDB adapter, ready to use: {@link #connect} opens one client, checks that the server answers and
 * creates the indexes; the ports it hands out share that client, which {@link #close} closes. Safe for concurrent
 * use; the driver pools connections and reconnects by itself once a lost server is back.
 */
public final class MongoPersistence implements AutoCloseable {

    private final MongoClient client;
    private final UserRepository users;
    private final DatabaseHealth health;

    private MongoPersistence(MongoClient client, UserRepository users, DatabaseHealth health) {
        this.client = client;
        this.users = users;
        this.health = health;
    }

    /**
     * Connects and prepares the database, or fails at once: a server that cannot be reached within the settings'
     * timeouts is a {@link RepositoryUnavailableException}, a malformed setting an {@link IllegalArgumentException},
     * a server that refuses (bad credentials, a conflicting index) an {@link IllegalStateException} saying why.
     */
    public static MongoPersistence connect(MongoSettings settings) {
        return open(settings.toClientSettings(), settings.databaseName());
    }

    /** As {@link #connect(MongoSettings)}, telling {@code poolListener} what the driver's connection pool does. */
    public static MongoPersistence connect(MongoSettings settings, ConnectionPoolListener poolListener) {
        MongoClientSettings listened = MongoClientSettings.builder(settings.toClientSettings())
                .applyToConnectionPoolSettings(pool -> pool.addConnectionPoolListener(poolListener))
                .build();
        return open(listened, settings.databaseName());
    }

    private static MongoPersistence open(MongoClientSettings clientSettings, String databaseName) {
        MongoClient client = MongoClients.create(clientSettings);
        try {
            MongoDatabase database = client.getDatabase(databaseName);
            DatabaseHealth health = MongoDatabaseHealth.start(database);
            UserDocument.ensureIndexes(database);
            return new MongoPersistence(client, new MongoUserRepository(UserDocument.collectionIn(database)), health);
        } catch (MongoException e) {
            client.close();
            throw MongoFailures.ofStartUp(e, databaseName);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    public UserRepository userRepository() {
        return users;
    }

    public DatabaseHealth databaseHealth() {
        return health;
    }

    /** Closes the client and its connections; the ports fail from then on. */
    @Override
    public void close() {
        client.close();
    }
}

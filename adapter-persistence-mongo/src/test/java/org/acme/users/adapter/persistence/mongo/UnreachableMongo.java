package org.acme.users.adapter.persistence.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;

/**
 * The repository on a client pointed at a port nothing listens on. Built without {@link MongoPersistence#connect},
 * which refuses to start without a server; short timeouts keep the contract's outage rules quick.
 */
final class UnreachableMongo implements AutoCloseable {

    private static final Duration SHORT = Duration.ofMillis(500);

    private final MongoClient client;
    private final UserRepository repository;
    private final DatabaseHealth health;

    private UnreachableMongo(MongoClient client, UserRepository repository, DatabaseHealth health) {
        this.client = client;
        this.repository = repository;
        this.health = health;
    }

    static UnreachableMongo onAClosedPort() {
        MongoSettings settings = MongoSettings.of(ClosedPort.connectionString(), "users")
                .withTimeouts(SHORT, SHORT, SHORT.multipliedBy(2));
        MongoClient client = MongoClients.create(settings.toClientSettings());
        MongoDatabase database = client.getDatabase(settings.databaseName());
        return new UnreachableMongo(client, new MongoUserRepository(UserDocument.collectionIn(database)),
                new MongoDatabaseHealth(database, "MongoDB"));
    }

    UserRepository repository() {
        return repository;
    }

    DatabaseHealth health() {
        return health;
    }

    @Override
    public void close() {
        client.close();
    }
}

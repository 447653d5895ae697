package org.acme.users.adapter.persistence.mongo;

import java.util.Optional;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.testkit.contract.UserRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The port's contract on mongo-java-server in this JVM, through the real driver and a real socket. */
class MongoUserRepositoryOnMongoJavaServerTest extends UserRepositoryContract {

    private static EmbeddedMongoServer server;
    private static MongoTestDatabase database;
    private static UnreachableMongo unreachable;

    @BeforeAll
    static void start() {
        server = EmbeddedMongoServer.start();
        database = MongoTestDatabase.create(server.connectionString());
        unreachable = UnreachableMongo.onAClosedPort();
    }

    @AfterAll
    static void stop() {
        unreachable.close();
        database.close();
        server.close();
    }

    @Override
    protected UserRepository emptyRepository() {
        return database.emptyRepository();
    }

    @Override
    protected UserRepository unreachableRepository() {
        return unreachable.repository();
    }

    @Override
    public Optional<DatabaseHealth> healthOf(UserRepository repository) {
        return Optional.of(repository == unreachable.repository()
                ? unreachable.health()
                : database.persistence().databaseHealth());
    }
}

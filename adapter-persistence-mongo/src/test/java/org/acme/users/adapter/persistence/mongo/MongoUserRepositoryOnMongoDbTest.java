package org.acme.users.adapter.persistence.mongo;

import java.util.Optional;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.testkit.contract.UserRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The port's contract on a real MongoDB server, the one {@code MONGODB_URI} names (a replica set shows the
 * majority write concern at work). Runs in a database of its own, named per run and dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+",
        disabledReason = "MONGODB_URI is not set, so there is no real MongoDB server to run the contract against")
class MongoUserRepositoryOnMongoDbTest extends UserRepositoryContract {

    private static MongoTestDatabase database;
    private static UnreachableMongo unreachable;

    @BeforeAll
    static void connect() {
        database = MongoTestDatabase.create(System.getenv("MONGODB_URI"));
        unreachable = UnreachableMongo.onAClosedPort();
    }

    @AfterAll
    static void dropTheDatabase() {
        unreachable.close();
        database.close();
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

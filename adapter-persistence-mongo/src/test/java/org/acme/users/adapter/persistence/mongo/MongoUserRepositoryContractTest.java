package org.acme.users.adapter.persistence.mongo;

import java.util.Optional;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.testkit.contract.UserRepositoryContract;

/**
 * The port's contract on a MongoDB-compatible server. A subclass knows the server: it calls {@link #connectTo}
 * before its tests and {@link #disconnect()} after them.
 */
abstract class MongoUserRepositoryContractTest extends UserRepositoryContract {

    private static MongoTestDatabase database;
    private static UnreachableMongo unreachable;

    /** A database of its own on the server, dropped again by {@link #disconnect()}, and one that no server answers. */
    static void connectTo(String connectionString) {
        database = MongoTestDatabase.create(connectionString);
        unreachable = UnreachableMongo.onAClosedPort();
    }

    static void disconnect() {
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

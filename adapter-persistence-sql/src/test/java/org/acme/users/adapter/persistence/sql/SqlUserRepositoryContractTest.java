package org.acme.users.adapter.persistence.sql;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acme.users.adapter.persistence.sql.support.IsolatedDatabase;
import org.acme.users.adapter.persistence.sql.support.NetworkDatabase;
import org.acme.users.adapter.persistence.sql.support.RequiredDatabase;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.testkit.contract.UserRepositoryContract;
import org.acme.users.testkit.net.TcpRelay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the port's contract suite against the SQL adapter on one database, which a subclass names. The class
 * gets a database of its own, migrated once; each test starts from an empty users table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SqlUserRepositoryContractTest extends UserRepositoryContract {

    private final List<AutoCloseable> openedResources = new ArrayList<>();
    /** The health check of each adapter built here, by the repository it belongs to. */
    private final Map<UserRepository, DatabaseHealth> healthByRepository = new IdentityHashMap<>();
    private Optional<String> whyTheDatabaseIsMissing;
    private IsolatedDatabase database;
    private UserRepository repository;
    private UserRepository unreachableRepository;

    /** A new, empty database for this class; skips the class when its server is missing (fails it on CI). */
    protected abstract IsolatedDatabase createDatabase();

    @BeforeAll
    final void connectToADatabaseOfItsOwn() {
        whyTheDatabaseIsMissing = RequiredDatabase.setUpOrExplainWhyMissing(() -> {
            database = opened(createDatabase());
            repository = portsOf(opened(SqlPersistence.connect(database.settings())));
        });
    }

    @AfterAll
    final void dropTheDatabase() throws Exception {
        for (int i = openedResources.size() - 1; i >= 0; i--) {
            openedResources.get(i).close();
        }
    }

    @Override
    protected UserRepository emptyRepository() {
        RequiredDatabase.skipIfMissing(whyTheDatabaseIsMissing);
        database.deleteAllUsers();
        return repository;
    }

    /**
     * A database server is made unreachable by cutting a relay that the adapter connected through; the adapter
     * had to start while it could still reach the database, since start-up fails fast otherwise. An embedded
     * database cannot lose its network, so for SQLite the adapter is closed instead, after which it reports
     * itself unavailable just the same.
     */
    @Override
    protected UserRepository unreachableRepository() {
        if (unreachableRepository == null) {
            if (database instanceof NetworkDatabase network) {
                TcpRelay relay = opened(TcpRelay.start(network.host(), network.port()));
                unreachableRepository = portsOf(opened(SqlPersistence.connect(network.settingsThrough(relay.port()))));
                relay.cut();
            } else {
                SqlPersistence closed = SqlPersistence.connect(database.settings());
                closed.close();
                unreachableRepository = portsOf(closed);
            }
        }
        return unreachableRepository;
    }

    @Override
    public Optional<DatabaseHealth> healthOf(UserRepository repositoryUnderTest) {
        return Optional.ofNullable(healthByRepository.get(repositoryUnderTest));
    }

    private UserRepository portsOf(SqlPersistence persistence) {
        healthByRepository.put(persistence.userRepository(), persistence.databaseHealth());
        return persistence.userRepository();
    }

    private <T extends AutoCloseable> T opened(T resource) {
        openedResources.add(resource);
        return resource;
    }
}

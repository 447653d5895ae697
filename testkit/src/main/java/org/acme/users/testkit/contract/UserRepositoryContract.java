package org.acme.users.testkit.contract;

import java.util.Optional;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.BeforeEach;

/**
 * The semantics every {@link UserRepository} shares, as an executable specification. An adapter's test
 * extends this class once per database it supports and says how to get the repository over an empty store
 * and one whose database cannot be reached; every rule then runs against it and is reported under the
 * adapter's test class. The rules are grouped by topic in the interfaces this class implements. One rule
 * changes the JVM's default time zone for a moment, so run the contract sequentially, not in parallel.
 *
 * <pre>{@code
 * class SqlUserRepositoryOnH2Test extends UserRepositoryContract {
 *     protected UserRepository emptyRepository() { database.truncate(); return repository; }
 *     protected UserRepository unreachableRepository() { return repositoryOnAClosedPort; }
 * }
 * }</pre>
 */
public abstract class UserRepositoryContract implements StoringAndFindingRules, EmailUniquenessRules,
        VersioningRules, PagingRules, UnicodeTextRules, UnavailabilityRules, ConcurrencyRules {

    private UserRepository repository;

    /**
     * The repository under test over an empty store, e.g. after truncating its tables. Called before each
     * test, ahead of the subclass's own {@code @BeforeEach} methods, so start the database in a static
     * {@code @BeforeAll} or lazily here. It may return the same instance every time while the store is empty.
     */
    protected abstract UserRepository emptyRepository();

    /**
     * A repository whose database cannot be reached, e.g. one pointed at a closed port or through a cut
     * {@code TcpRelay}. Each of its operations must fail with {@code RepositoryUnavailableException} within
     * 15 seconds. Called once per test that needs it; it may return the same instance every time.
     */
    protected abstract UserRepository unreachableRepository();

    /**
     * The health check over the same database as {@code repository}, used by the health rules. By default the
     * repository itself when it implements {@link DatabaseHealth}; override it when the adapter hands out its
     * health check as a separate object. The health rules are skipped when this is empty.
     */
    @Override
    public Optional<DatabaseHealth> healthOf(UserRepository repository) {
        return repository instanceof DatabaseHealth health ? Optional.of(health) : Optional.empty();
    }

    @BeforeEach
    final void startFromAnEmptyStore() {
        repository = emptyRepository();
    }

    /** The repository {@link #emptyRepository()} gave for the current test. */
    @Override
    public final UserRepository repositoryUnderTest() {
        return repository;
    }

    /** The repository {@link #unreachableRepository()} gives. */
    @Override
    public final UserRepository repositoryWithoutDatabase() {
        return unreachableRepository();
    }
}

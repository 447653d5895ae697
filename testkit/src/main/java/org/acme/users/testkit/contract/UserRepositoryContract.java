package org.acme.users.testkit.contract;

import java.util.Optional;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The semantics every {@link UserRepository} shares, as an executable specification. An adapter's test extends
 * this class once per database it supports and says how to get the repository over an empty store, the same adapter
 * over a database it cannot reach, and the health check of each; every rule then runs against it and is reported
 * under the adapter's test class. Every rule's failure says what the adapter did and what the rule expects.
 *
 * <pre>{@code
 * class JdbcUserRepositoryTest extends UserRepositoryContract {
 *     protected UserRepository emptyRepository() { truncateUsers(); return repository; }
 *     protected UserRepository unreachableRepository() { return repositoryBehindACutRelay; }
 *     public Optional<DatabaseHealth> healthOf(UserRepository repository) {
 *         return Optional.of((JdbcUserRepository) repository);
 *     }
 * }
 * }</pre>
 *
 * <p>The rules come in groups, one interface each: {@link StoringAndFindingRules}, {@link EmailUniquenessRules},
 * {@link VersioningRules}, {@link PagingRules}, {@link UnicodeTextRules}, {@link OwnershipRules},
 * {@link UnavailabilityRules} (health
 * included: it is part of the contract, and its rules never skip) and {@link ConcurrencyRules}. One rule changes
 * the JVM's default time zone for a moment, so run the contract sequentially, not in parallel. It runs on JUnit
 * Jupiter 5.10 or newer and on JUnit 6, whichever the project brings.
 */
@ExtendWith(StartsEveryRuleFromAnEmptyStore.class)
public abstract non-sealed class UserRepositoryContract implements StoringAndFindingRules, EmailUniquenessRules,
        VersioningRules, PagingRules, UnicodeTextRules, OwnershipRules, UnavailabilityRules, ConcurrencyRules {

    private UserRepository repository;

    /**
     * The repository under test over an empty store, e.g. after truncating its tables. Called once before each rule,
     * after every {@code @BeforeEach} method (the subclass's too), so the database may be started in a static
     * {@code @BeforeAll}, in a {@code @BeforeEach} or lazily here. It may return the same instance every time while
     * the store is empty.
     */
    protected abstract UserRepository emptyRepository();

    /**
     * The adapter under test (the same class as {@link #emptyRepository()}'s) pointed at a database it cannot reach,
     * e.g. at a closed port or through a cut {@code TcpRelay}. Each of its operations must fail with
     * {@code RepositoryUnavailableException} within 15 seconds. Called by the rules that need it; it may return the
     * same instance every time.
     */
    protected abstract UserRepository unreachableRepository();

    /**
     * The health check that reports on the same database as {@code repository}, which is the one of
     * {@link #emptyRepository()} or of {@link #unreachableRepository()}: the repository itself when it implements
     * {@link DatabaseHealth}, or what the adapter hands out beside it. An empty answer fails the health rules.
     */
    @Override
    public abstract Optional<DatabaseHealth> healthOf(UserRepository repository);

    /** The repository {@link #emptyRepository()} gave for the current rule. */
    @Override
    public final UserRepository repositoryUnderTest() {
        return repository;
    }

    /** The repository {@link #unreachableRepository()} gives, once it is known to be the adapter under test. */
    @Override
    public final UserRepository repositoryWithoutDatabase() {
        UserRepository unreachable = unreachableRepository();
        Expect.that(unreachable != null, "unreachableRepository() returned null, but it must return the adapter under"
                + " test pointed at a database it cannot reach.");
        Expect.that(unreachable != repository, "unreachableRepository() returned the repository under test itself,"
                + " whose database can be reached, but it must return the adapter pointed at a database it cannot"
                + " reach.");
        Expect.that(unreachable.getClass() == repository.getClass(), "unreachableRepository() returned a %s, but the"
                + " repository under test is a %s: the outage rules must run against the adapter under test, pointed"
                + " at a database it cannot reach.", unreachable.getClass().getName(), repository.getClass().getName());
        return unreachable;
    }

    final void startFromAnEmptyStore() {
        UserRepository empty = emptyRepository();
        Expect.that(empty != null, "emptyRepository() returned null, but it must return the repository under test over"
                + " an empty store (it is called after every @BeforeEach method, so one may set it up).");
        repository = empty;
    }
}

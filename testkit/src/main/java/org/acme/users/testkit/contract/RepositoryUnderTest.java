package org.acme.users.testkit.contract;

import java.util.Optional;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;

/**
 * What every group of the contract's rules runs against. {@link UserRepositoryContract} implements it from the
 * three methods an adapter's test provides; the groups cannot be implemented on their own.
 */
public sealed interface RepositoryUnderTest permits StoringAndFindingRules, EmailUniquenessRules, VersioningRules,
        PagingRules, UnicodeTextRules, OwnershipRules, UnavailabilityRules, ConcurrencyRules {

    /** The repository under test, over a store emptied before this test. */
    UserRepository repositoryUnderTest();

    /** The adapter under test, pointed at a database it cannot reach. */
    UserRepository repositoryWithoutDatabase();

    /** The health check that reports on the same database as {@code repository}. */
    Optional<DatabaseHealth> healthOf(UserRepository repository);
}

package org.acme.users.testkit.contract;

import java.util.Optional;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;

/** What every group of the contract's rules needs: the repositories it runs against. */
interface RepositoryUnderTest {

    /** The repository under test, over a store emptied before this test. */
    UserRepository repositoryUnderTest();

    /** A repository whose database cannot be reached. */
    UserRepository repositoryWithoutDatabase();

    /** The health check that reports on the same database as {@code repository}, if the adapter has one. */
    Optional<DatabaseHealth> healthOf(UserRepository repository);
}

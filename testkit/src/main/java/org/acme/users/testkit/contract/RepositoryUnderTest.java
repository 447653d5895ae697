package org.acme.users.testkit.contract;

import org.acme.users.domain.port.UserRepository;

/** What every group of the contract's rules needs: the repositories it runs against. */
interface RepositoryUnderTest {

    /** The repository under test, over a store emptied before this test. */
    UserRepository repositoryUnderTest();

    /** A repository whose database cannot be reached. */
    UserRepository repositoryWithoutDatabase();
}

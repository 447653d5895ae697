package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import org.acme.users.domain.model.User;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics every {@link UserRepository} shares, as executable specification. An adapter's test
 * extends this class once per database it supports and says how to get a repository over an empty store
 * and one whose database cannot be reached; every test here then runs against it.
 */
public abstract class UserRepositoryContract {

    /** The repository under test, over an empty store; called before each test. */
    protected UserRepository repository;

    /** The repository under test over an empty store, e.g. after truncating its tables; called before each test. */
    protected abstract UserRepository emptyRepository();

    /** A repository whose database cannot be reached, e.g. one pointed at a closed port. */
    protected abstract UserRepository unreachableRepository();

    @BeforeEach
    void startFromAnEmptyStore() {
        repository = emptyRepository();
    }

    @Test
    void findsAnInsertedUserByIdWithEveryFieldIntact() {
        User user = aUser().build();

        repository.insert(user);

        assertThat(repository.findById(user.id())).contains(user);
    }
}

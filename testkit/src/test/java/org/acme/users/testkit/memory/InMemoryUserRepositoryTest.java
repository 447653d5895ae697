package org.acme.users.testkit.memory;

import org.acme.users.domain.port.UserRepository;
import org.acme.users.testkit.contract.UserRepositoryContract;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected UserRepository emptyRepository() {
        return new InMemoryUserRepository();
    }

    @Override
    protected UserRepository unreachableRepository() {
        InMemoryUserRepository repository = new InMemoryUserRepository();
        repository.setReachable(false);
        return repository;
    }
}

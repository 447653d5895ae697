package org.acme.users.testkit.memory;

import java.util.Optional;
import org.acme.users.domain.port.DatabaseHealth;
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

    @Override
    public Optional<DatabaseHealth> healthOf(UserRepository repository) {
        return Optional.of((InMemoryUserRepository) repository);
    }
}

package org.acme.users.adapter.persistence.sql.support;

import java.util.List;
import java.util.Optional;
import org.acme.users.adapter.persistence.sql.SqlPersistence;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;
import org.acme.users.domain.port.UserRepository;

/**
 * Both ports of one adapter as one object, which is how the contract suite finds a repository's health.
 * Every call goes straight to the adapter's own port.
 */
public record RepositoryWithHealth(UserRepository repository, DatabaseHealth health)
        implements UserRepository, DatabaseHealth {

    public static RepositoryWithHealth of(SqlPersistence persistence) {
        return new RepositoryWithHealth(persistence.userRepository(), persistence.databaseHealth());
    }

    @Override
    public void insert(User user) {
        repository.insert(user);
    }

    @Override
    public void update(User changed) {
        repository.update(changed);
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        repository.delete(id, expectedVersion);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return repository.findById(id);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return repository.findByEmail(email);
    }

    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        return repository.findPage(after, limit);
    }

    @Override
    public DatabaseStatus check() {
        return health.check();
    }
}

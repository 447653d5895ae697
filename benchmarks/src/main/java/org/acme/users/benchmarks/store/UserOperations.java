package org.acme.users.benchmarks.store;

import java.util.List;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;

/**
 * The six operations that are measured, once through the port and once as raw driver calls. Every method fails
 * loudly when the database does not do what the benchmark expects (a missing user, a stale version), so a broken
 * setup cannot pass for a fast one.
 */
public interface UserOperations {

    void insert(User user);

    Object findById(UserId id);

    Object findByEmail(EmailAddress email);

    /** Stores {@code changed} if the stored user is still at {@code changed.version() - 1}. */
    void change(User changed);

    List<?> pageAfter(UserId after, int limit);

    void delete(UserId id, long expectedVersion);
}

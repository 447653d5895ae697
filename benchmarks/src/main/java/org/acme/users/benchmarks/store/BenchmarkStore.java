package org.acme.users.benchmarks.store;

import org.acme.users.domain.model.UserId;

/**
 * One database, opened for a benchmark and holding exactly the seed users: the adapter's port on it and raw driver
 * operations on the same table or collection, which the benchmarks also use to undo their own writes.
 */
public interface BenchmarkStore extends AutoCloseable {

    UserOperations port();

    UserOperations raw();

    /**
     * Removes a user by id alone, whatever its version: the unmeasured clean-up after a measured insert. By id alone
     * because that is a lookup on every database, where the versioned delete is a full scan on the in-memory server.
     */
    void discard(UserId id);

    /** The database product and version, as the adapter's health port reports it. */
    String product();

    @Override
    void close();
}

package org.acme.users.benchmarks.store;

/**
 * One database, opened for a benchmark and holding exactly the seed users: the adapter's port on it and raw driver
 * operations on the same table or collection, which the benchmarks also use to undo their own writes.
 */
public interface BenchmarkStore extends AutoCloseable {

    UserOperations port();

    UserOperations raw();

    /** The database product and version, as the adapter's health port reports it. */
    String product();

    @Override
    void close();
}

package org.acme.users.benchmarks;

import org.acme.users.benchmarks.store.BenchmarkStore;
import org.acme.users.benchmarks.store.UserOperations;
import org.acme.users.domain.model.UserId;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The database a benchmark runs on, holding exactly {@link #users} seed users before every measured call, and the
 * way the measured calls reach it. The run script chooses the values with {@code -p}; these are the defaults.
 */
@State(Scope.Benchmark)
public class StoreUnderTest {

    @Param({"H2", "SQLITE", "POSTGRESQL", "MARIADB", "MONGO_EMBEDDED"})
    public BenchmarkDatabase database;

    @Param({"PORT", "RAW"})
    public Access access;

    @Param({"10000"})
    public int users;

    private BenchmarkStore store;
    private UserOperations measured;

    @Setup(Level.Trial)
    public void open() {
        store = database.open(users);
        measured = access == Access.PORT ? store.port() : store.raw();
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
    }

    /** The operations whose cost is measured: the port's or the raw driver's. */
    UserOperations measured() {
        return measured;
    }

    /** Raw operations, for the unmeasured writes that keep the data as seeded. */
    UserOperations raw() {
        return store.raw();
    }

    /** Removes a user by id, unmeasured. */
    void discard(UserId id) {
        store.discard(id);
    }
}

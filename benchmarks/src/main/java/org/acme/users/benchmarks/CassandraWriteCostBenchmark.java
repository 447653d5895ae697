package org.acme.users.benchmarks;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.acme.users.benchmarks.store.CassandraOperations;
import org.acme.users.benchmarks.store.FreshUsers;
import org.acme.users.domain.model.User;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a lightweight transaction costs on Cassandra next to a plain write: the user row of a registration written
 * as the adapter writes it ({@code INSERT ... IF NOT EXISTS}, a Paxos round) and the very same row written plainly,
 * side by side, as raw driver calls. Run with {@code -p database=CASSANDRA -p access=RAW}. Each row is removed again
 * outside the measurement, the way it was written, so the table keeps its seeded size.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
@Threads(1)
public class CassandraWriteCostBenchmark {

    @Benchmark
    public void userRowIfNotExists(StoreUnderTest store, ConditionallyWrittenRow row) {
        raw(store).insertUserRowIfAbsent(row.user, row.claim);
    }

    @Benchmark
    public void userRowPlain(StoreUnderTest store, PlainlyWrittenRow row) {
        raw(store).insertUserRowPlainly(row.user, row.claim);
    }

    /** A new user's row for each measured conditional insert, removed by a conditional delete afterwards. */
    @State(Scope.Thread)
    public static class ConditionallyWrittenRow {

        private final FreshUsers fresh = new FreshUsers();
        private User user;
        private UUID claim;

        @Setup(Level.Invocation)
        public void make() {
            user = fresh.next();
            claim = UUID.randomUUID();
        }

        @TearDown(Level.Invocation)
        public void removeAgain(StoreUnderTest store) {
            raw(store).removeUserRowConditionally(user.id());
        }
    }

    /** A new user's row for each measured plain insert, removed by a plain delete afterwards. */
    @State(Scope.Thread)
    public static class PlainlyWrittenRow {

        private final FreshUsers fresh = new FreshUsers();
        private User user;
        private UUID claim;

        @Setup(Level.Invocation)
        public void make() {
            user = fresh.next();
            claim = UUID.randomUUID();
        }

        @TearDown(Level.Invocation)
        public void removeAgain(StoreUnderTest store) {
            raw(store).removeUserRowPlainly(user.id());
        }
    }

    private static CassandraOperations raw(StoreUnderTest store) {
        if (!(store.raw() instanceof CassandraOperations cassandra)) {
            throw new IllegalStateException("these benchmarks run on CASSANDRA only, not on " + store.database);
        }
        return cassandra;
    }
}

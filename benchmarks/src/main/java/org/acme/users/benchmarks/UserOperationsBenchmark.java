package org.acme.users.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The six port operations, each through the adapter ({@code access=PORT}) or as the raw driver call
 * ({@code access=RAW}), on every database and seeded size. One thread, so the figures are latencies of single
 * calls; sample mode, so JMH records their distribution (p50, p99) beside the mean. Writes keep the data as seeded:
 * see {@link UnstoredUser}, {@link StoredVictim} and {@link VersionCycle}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g", "--enable-native-access=ALL-UNNAMED"})
@Threads(1)
public class UserOperationsBenchmark {

    @Benchmark
    public void insert(StoreUnderTest store, UnstoredUser user) {
        store.measured().insert(user.user());
    }

    @Benchmark
    public Object findById(StoreUnderTest store, ReadTargets targets) {
        return store.measured().findById(targets.nextId());
    }

    @Benchmark
    public Object findByEmail(StoreUnderTest store, ReadTargets targets) {
        return store.measured().findByEmail(targets.nextEmail());
    }

    @Benchmark
    public void change(StoreUnderTest store, VersionCycle cycle) {
        store.measured().change(cycle.nextChange());
    }

    @Benchmark
    public List<?> pageOf50(StoreUnderTest store, ReadTargets targets) {
        return store.measured().pageAfter(targets.nextPageStart(), ReadTargets.PAGE_SIZE);
    }

    @Benchmark
    public void delete(StoreUnderTest store, StoredVictim victim) {
        store.measured().delete(victim.user().id(), victim.user().version());
    }
}

package org.acme.users.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark for one short iteration on an embedded H2 database and on the local Redis server (which the
 * Redis adapter's tests need as well), through the port and raw, in this JVM:
 * proves that the set-ups seed, the writes keep the data as seeded and no operation fails. It measures nothing
 * worth reading; {@code benchmarks/run-report.sh} does the measuring.
 */
class UserOperationsBenchmarkSmokeTest {

    @Test
    void everyOperationRunsThroughThePortAndRawOnH2AndRedis() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(UserOperationsBenchmark.class.getName() + "\\.")
                .param("database", "H2", "REDIS")
                .param("access", "PORT", "RAW")
                .param("users", "200")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).hasSize(24).allSatisfy(result ->
                assertThat(result.getPrimaryResult().getSampleCount()).isPositive());
    }
}

package org.acme.users.benchmarks.report;

/**
 * One benchmark's result: an operation on one database and seeded size, through the port or raw, in microseconds
 * per call (mean and percentiles of JMH's sampled call times), and the bytes the benchmark thread allocated per
 * call when JMH's GC profiler ran ({@code NaN} otherwise).
 */
public record Measurement(
        String operation, String database, String access, int users, double meanMicros, double meanErrorMicros,
        double p50Micros, double p99Micros, long samples, double allocatedBytesPerCall) {

    /** Calls per second of the single benchmark thread: the inverse of the mean call time. */
    public double callsPerSecond() {
        return 1_000_000 / meanMicros;
    }
}

package org.acme.users.benchmarks.report;

import static org.acme.users.benchmarks.report.MarkdownTable.micros;
import static org.acme.users.benchmarks.report.MarkdownTable.ratio;
import static org.acme.users.benchmarks.report.MarkdownTable.users;
import static org.acme.users.benchmarks.report.MarkdownTable.whole;

import java.util.List;
import java.util.Optional;

/**
 * Cassandra's lightweight transaction against a plain write of the same row ({@code CassandraWriteCostBenchmark}),
 * raw driver calls side by side: what the adapter's conditions cost on their own, apart from the adapter.
 */
final class WriteCostSection {

    static final String CONDITIONAL = "userRowIfNotExists";
    static final String PLAIN = "userRowPlain";

    private final Results results;
    private final int size;

    WriteCostSection(Results results, int size) {
        this.results = results;
        this.size = size;
    }

    /** Empty when the run did not measure them. */
    Optional<String> write() {
        Optional<Measurement> conditional = results.find(CONDITIONAL, "CASSANDRA", "RAW", size);
        Optional<Measurement> plain = results.find(PLAIN, "CASSANDRA", "RAW", size);
        if (conditional.isEmpty() || plain.isEmpty()) {
            return Optional.empty();
        }
        MarkdownTable table = new MarkdownTable(List.of("write of one user row", "p50 µs", "p99 µs", "mean µs",
                "calls/s"));
        table.row(row("`INSERT ... IF NOT EXISTS` (lightweight transaction, as the adapter writes it)",
                conditional.get()));
        table.row(row("`INSERT` of the same row, no condition", plain.get()));
        return Optional.of("The user row of a registration, " + users(size) + " users stored, as raw driver calls: "
                + "the conditional insert takes " + ratio(conditional.get().p50Micros() / plain.get().p50Micros())
                + " the plain one's median time (" + ratio(conditional.get().meanMicros() / plain.get().meanMicros())
                + " its mean). A registration through the port makes two of them (the address claim and the user "
                + "row), a removal two, a change one.\n\n" + table.render());
    }

    private static List<String> row(String write, Measurement measurement) {
        return List.of(write, micros(measurement.p50Micros()), micros(measurement.p99Micros()),
                micros(measurement.meanMicros()) + " ± " + micros(measurement.meanErrorMicros()),
                whole(measurement.callsPerSecond()));
    }
}

package org.acme.users.benchmarks.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.acme.users.benchmarks.BenchmarkDatabase;

/** The measurements of one run, looked up the ways the report needs them, in a fixed order of operations and databases. */
public final class Results {

    /** In the order a user's life goes, which is also the order of the report's rows. */
    public static final List<String> OPERATIONS =
            List.of("insert", "findById", "findByEmail", "change", "pageOf50", "delete");

    private final List<Measurement> measurements;

    public Results(List<Measurement> measurements) {
        this.measurements = List.copyOf(measurements);
    }

    /** Of two measurements of the same benchmark (a longer re-run), the one with more samples. */
    public Optional<Measurement> find(String operation, String database, String access, int users) {
        return measurements.stream()
                .filter(m -> m.operation().equals(operation) && m.database().equals(database)
                        && m.access().equals(access) && m.users() == users)
                .max(Comparator.comparingLong(Measurement::samples));
    }

    /** The port's median over the raw driver's, measured side by side; empty unless both were measured. */
    public Optional<Double> overhead(String operation, String database, int users) {
        return find(operation, database, "PORT", users).flatMap(port -> find(operation, database, "RAW", users)
                .map(raw -> port.p50Micros() / raw.p50Micros()));
    }

    /** The size at which port and raw were compared: the smallest seeded size that has raw measurements. */
    public Optional<Integer> comparisonSize() {
        return measurements.stream().filter(m -> m.access().equals("RAW")).map(Measurement::users)
                .min(Comparator.naturalOrder());
    }

    public List<Integer> sizes() {
        return measurements.stream().map(Measurement::users).distinct().sorted().toList();
    }

    /** The databases measured, in the order of {@link BenchmarkDatabase}. */
    public List<String> databases() {
        return measurements.stream().map(Measurement::database).distinct()
                .sorted(Comparator.comparingInt(name -> BenchmarkDatabase.valueOf(name).ordinal()))
                .toList();
    }

    public boolean isEmpty() {
        return measurements.isEmpty();
    }
}

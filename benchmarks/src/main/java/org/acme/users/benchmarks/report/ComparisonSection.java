package org.acme.users.benchmarks.report;

import static org.acme.users.benchmarks.report.MarkdownTable.micros;
import static org.acme.users.benchmarks.report.MarkdownTable.users;
import static org.acme.users.benchmarks.report.MarkdownTable.whole;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The port against the raw driver at the comparison size: overhead ratios first, then latencies and throughput. */
final class ComparisonSection {

    private final Results results;
    private final ChartFiles charts;
    private final int size;

    ComparisonSection(Results results, ChartFiles charts, int size) {
        this.results = results;
        this.charts = charts;
        this.size = size;
    }

    String overhead() throws IOException {
        List<String> databases = results.databases();
        List<String> header = new ArrayList<>(List.of("operation"));
        databases.forEach(database -> header.add(DatabaseLabel.of(database)));
        MarkdownTable table = new MarkdownTable(header);
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (String operation : Results.OPERATIONS) {
            List<String> row = new ArrayList<>(List.of(operation));
            for (String database : databases) {
                Optional<Double> overhead = results.overhead(operation, database, size);
                row.add(overhead.map(MarkdownTable::ratio).orElse("–"));
                series.computeIfAbsent(DatabaseLabel.of(database), name -> new ArrayList<>()).add(overhead.orElse(null));
            }
            table.row(row);
        }
        String chart = charts.bars("overhead", "Port / raw driver, median call time, " + users(size)
                + " users (log scale)", "port / raw", Results.OPERATIONS, series, true);
        return table.render() + "\n![Port overhead per operation and database](charts/" + chart + ")\n";
    }

    String latencies() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String database : results.databases()) {
            MarkdownTable table = new MarkdownTable(List.of("operation", "port p50", "raw p50", "port p99",
                    "raw p99", "port mean", "raw mean", "port / raw (p50)", "port B/call", "raw B/call"));
            Map<String, List<Double>> series = new LinkedHashMap<>();
            for (String operation : Results.OPERATIONS) {
                Optional<Measurement> port = results.find(operation, database, "PORT", size);
                Optional<Measurement> raw = results.find(operation, database, "RAW", size);
                table.row(List.of(operation, cell(port, Measurement::p50Micros), cell(raw, Measurement::p50Micros),
                        cell(port, Measurement::p99Micros), cell(raw, Measurement::p99Micros),
                        port.map(m -> micros(m.meanMicros()) + " ± " + micros(m.meanErrorMicros())).orElse("–"),
                        raw.map(m -> micros(m.meanMicros()) + " ± " + micros(m.meanErrorMicros())).orElse("–"),
                        results.overhead(operation, database, size).map(MarkdownTable::ratio).orElse("–"),
                        bytes(port), bytes(raw)));
                series.computeIfAbsent("port p50", name -> new ArrayList<>()).add(port.map(Measurement::p50Micros).orElse(null));
                series.computeIfAbsent("raw p50", name -> new ArrayList<>()).add(raw.map(Measurement::p50Micros).orElse(null));
                series.computeIfAbsent("port p99", name -> new ArrayList<>()).add(port.map(Measurement::p99Micros).orElse(null));
                series.computeIfAbsent("raw p99", name -> new ArrayList<>()).add(raw.map(Measurement::p99Micros).orElse(null));
            }
            String chart = charts.bars("latency-" + database.toLowerCase(), DatabaseLabel.of(database) + ": call time, "
                    + users(size) + " users (log scale)", "µs per call", Results.OPERATIONS, series, true);
            text.append("\n#### ").append(DatabaseLabel.of(database)).append(" (µs per call)\n\n")
                    .append(table.render())
                    .append("\n![").append(DatabaseLabel.of(database)).append(" latencies](charts/").append(chart).append(")\n");
        }
        return text.toString();
    }

    String throughput() throws IOException {
        List<String> databases = results.databases();
        List<String> header = new ArrayList<>(List.of("operation"));
        databases.forEach(database -> header.add(DatabaseLabel.of(database) + " port (raw)"));
        MarkdownTable table = new MarkdownTable(header);
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (String operation : Results.OPERATIONS) {
            List<String> row = new ArrayList<>(List.of(operation));
            for (String database : databases) {
                Optional<Measurement> port = results.find(operation, database, "PORT", size);
                Optional<Measurement> raw = results.find(operation, database, "RAW", size);
                row.add(port.map(m -> whole(m.callsPerSecond())).orElse("–")
                        + raw.map(m -> " (" + whole(m.callsPerSecond()) + ")").orElse(""));
                series.computeIfAbsent(DatabaseLabel.of(database), name -> new ArrayList<>())
                        .add(port.map(Measurement::callsPerSecond).orElse(null));
            }
            table.row(row);
        }
        String chart = charts.bars("throughput", "Calls per second through the port, one thread, " + users(size)
                + " users (log scale)", "calls / s", Results.OPERATIONS, series, true);
        return table.render() + "\n![Throughput through the port](charts/" + chart + ")\n";
    }

    private static String bytes(Optional<Measurement> measurement) {
        return measurement.map(Measurement::allocatedBytesPerCall).filter(value -> !value.isNaN())
                .map(MarkdownTable::whole).orElse("–");
    }

    private static String cell(Optional<Measurement> measurement, ToDoubleFunction<Measurement> value) {
        return measurement.map(m -> micros(value.applyAsDouble(m))).orElse("–");
    }
}

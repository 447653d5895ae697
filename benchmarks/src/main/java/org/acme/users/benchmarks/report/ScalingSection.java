package org.acme.users.benchmarks.report;

import static org.acme.users.benchmarks.report.MarkdownTable.micros;
import static org.acme.users.benchmarks.report.MarkdownTable.users;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How each operation's cost through the port grows with the number of stored users. */
final class ScalingSection {

    private final Results results;
    private final ChartFiles charts;

    ScalingSection(Results results, ChartFiles charts) {
        this.results = results;
        this.charts = charts;
    }

    /** The port's median at the largest size over the smallest, where both were measured. */
    Optional<Double> growth(String operation, String database, String access) {
        List<Integer> sizes = results.sizes();
        if (sizes.size() < 2) {
            return Optional.empty();
        }
        return results.find(operation, database, access, sizes.get(sizes.size() - 1))
                .flatMap(large -> results.find(operation, database, access, sizes.get(0))
                        .map(small -> large.p50Micros() / small.p50Micros()));
    }

    String write() throws IOException {
        List<Integer> sizes = results.sizes();
        if (sizes.size() < 2) {
            return "Only one size was measured in this run; no scaling figures.\n";
        }
        String growthColumn = users(sizes.get(sizes.size() - 1)) + " / " + users(sizes.get(0));
        StringBuilder text = new StringBuilder();
        for (String operation : Results.OPERATIONS) {
            List<String> header = new ArrayList<>(List.of("database"));
            sizes.forEach(size -> header.add(users(size)));
            header.add(growthColumn);
            header.add("raw " + growthColumn);
            MarkdownTable table = new MarkdownTable(header);
            Map<String, double[][]> series = new LinkedHashMap<>();
            for (String database : results.databases()) {
                List<String> row = new ArrayList<>(List.of(DatabaseLabel.of(database)));
                List<double[]> points = new ArrayList<>();
                Optional<Measurement> smallest = results.find(operation, database, "PORT", sizes.get(0));
                for (int size : sizes) {
                    Optional<Measurement> port = results.find(operation, database, "PORT", size);
                    row.add(port.map(m -> micros(m.p50Micros())).orElse("–"));
                    port.ifPresent(m -> smallest.ifPresent(base ->
                            points.add(new double[] {size, m.p50Micros() / base.p50Micros()})));
                }
                row.add(growth(operation, database, "PORT").map(MarkdownTable::ratio).orElse("–"));
                row.add(growth(operation, database, "RAW").map(MarkdownTable::ratio).orElse("–"));
                table.row(row);
                if (points.size() > 1) {
                    series.put(DatabaseLabel.of(database), new double[][] {
                        points.stream().mapToDouble(point -> point[0]).toArray(),
                        points.stream().mapToDouble(point -> point[1]).toArray()});
                }
            }
            text.append("\n#### ").append(operation).append(" (port, median µs per call)\n\n").append(table.render());
            if (!series.isEmpty()) {
                String chart = charts.lines("scaling-" + operation, operation + ": median call time relative to "
                        + users(sizes.get(0)) + " users", "users stored", "× the " + users(sizes.get(0)) + " cost", series);
                text.append("\n![").append(operation).append(" scaling](charts/").append(chart).append(")\n");
            }
        }
        return text.toString();
    }
}

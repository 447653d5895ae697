package org.acme.users.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns one run's raw results into the report: {@code report.md} and its charts. Reads from the results directory
 * the JMH JSON files ({@code jmh-*.json}), {@code run.log}, {@code http.tsv}, {@code machine.tsv} and the profiles and
 * query plans under {@code evidence/}; adds the written analysis when one is given.
 *
 * <p>Usage: {@code ReportGenerator <results directory> <report directory> [analysis.md]}
 */
public final class ReportGenerator {

    private ReportGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ReportGenerator <results directory> <report directory> [analysis.md]");
        }
        Path resultsDirectory = Path.of(args[0]);
        Path reportDirectory = Path.of(args[1]);
        Path chartDirectory = Files.createDirectories(reportDirectory.resolve("charts"));
        JmhResults jmh = JmhResults.readAll(resultsDirectory);
        Results results = new Results(jmh.measurements());
        if (results.isEmpty()) {
            throw new IllegalStateException("no JMH results (jmh-*.json) in " + resultsDirectory);
        }
        List<HttpResult> http = HttpResult.readAll(resultsDirectory.resolve("http.tsv"));
        ChartFiles charts = new ChartFiles(chartDirectory);
        int size = results.comparisonSize().orElseThrow(() -> new IllegalStateException("no raw measurements"));
        ComparisonSection comparison = new ComparisonSection(results, charts, size);
        ScalingSection scaling = new ScalingSection(results, charts);
        RunSection run = new RunSection(resultsDirectory.resolve("machine.tsv"), jmh.run(),
                RunFacts.read(resultsDirectory.resolve("run.log")));

        StringBuilder report = new StringBuilder();
        report.append("# Persistence benchmarks: each adapter against its raw driver\n\n")
                .append("Produced by `benchmarks/run-report.sh`; the machine and the run's settings are at the end. ")
                .append("Every figure is a ratio or a latency measured side by side in the same run, on a shared ")
                .append("machine: compare within this report, not with another machine's.\n\n")
                .append("## Port overhead: port / raw driver, median call time, ")
                .append(MarkdownTable.users(size)).append(" users\n\n")
                .append("1.00× means the adapter adds nothing to the raw driver call it comes down to; ")
                .append("1.50× means a call through the port takes half as long again.\n\n")
                .append(comparison.overhead())
                .append("\n## Targets\n\n")
                .append(new TargetsSection(results, scaling, http, size).write());
        if (args.length > 2 && Files.exists(Path.of(args[2]))) {
            report.append("\n## Analysis\n\n").append(Files.readString(Path.of(args[2])).strip()).append('\n');
        }
        report.append("\n## Latency per database, ").append(MarkdownTable.users(size)).append(" users\n")
                .append(comparison.latencies())
                .append("\n## Throughput of one thread, ").append(MarkdownTable.users(size)).append(" users\n\n")
                .append("Calls per second of one benchmark thread through the port, the raw driver's in brackets.\n\n")
                .append(comparison.throughput())
                .append("\n## Scaling with the number of stored users\n")
                .append(scaling.write())
                .append(new WriteCostSection(results, size).write()
                        .map(text -> "\n## Cassandra: lightweight transactions against plain writes\n\n" + text)
                        .orElse(""))
                .append(failures(resultsDirectory.resolve("failures.tsv")))
                .append("\n## HTTP load on the running service\n\n")
                .append(new HttpSection(http, charts).write())
                .append("\n## How it was measured\n\n").append(resource("method.md").strip()).append("\n\n")
                .append("### Machine and run\n\n").append(run.machine())
                .append("\n### Seeding\n\n").append(run.seeding())
                .append(evidence(resultsDirectory.resolve("evidence")));
        Files.writeString(reportDirectory.resolve("report.md"), report.toString(), StandardCharsets.UTF_8);
        System.out.println("report written to " + reportDirectory.resolve("report.md"));
    }

    /** Benchmarks that threw instead of finishing: a result too, which a reader must not mistake for a gap. */
    private static String failures(Path file) throws IOException {
        if (!Files.exists(file) || Files.readAllLines(file).stream().allMatch(String::isBlank)) {
            return "";
        }
        MarkdownTable table = new MarkdownTable(List.of("benchmark", "parameters", "what it threw"));
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.split("\t", 3);
            if (fields.length == 3) {
                table.row(List.of(fields[0].substring(fields[0].lastIndexOf('.') + 1), fields[1], fields[2]));
            }
        }
        return "\n### Benchmarks that did not finish\n\n" + table.render();
    }

    /** Profiles and query plans, verbatim: the figures' explanation, for a reader to check. */
    private static String evidence(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n## Evidence: profiles and query plans\n");
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                text.append("\n### ").append(file.getFileName()).append("\n\n```text\n")
                        .append(Files.readString(file).strip()).append("\n```\n");
            }
        }
        return text.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReportGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

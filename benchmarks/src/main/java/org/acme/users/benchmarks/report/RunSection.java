package org.acme.users.benchmarks.report;

import static org.acme.users.benchmarks.report.MarkdownTable.users;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Where and how the figures were measured: the machine, the JVM, JMH's settings, the databases and the seeding. */
final class RunSection {

    private final Path machineFile;
    private final Optional<JmhRun> jmh;
    private final RunFacts facts;

    RunSection(Path machineFile, Optional<JmhRun> jmh, RunFacts facts) {
        this.machineFile = machineFile;
        this.jmh = jmh;
        this.facts = facts;
    }

    String machine() throws IOException {
        MarkdownTable table = new MarkdownTable(List.of("what", "value"));
        if (Files.exists(machineFile)) {
            for (String line : Files.readAllLines(machineFile)) {
                String[] fields = line.split("\t", 2);
                if (fields.length == 2) {
                    table.row(List.of(fields[0], fields[1]));
                }
            }
        }
        jmh.ifPresent(run -> table
                .row(List.of("benchmark JVM", run.vmName() + " " + run.vmVersion() + " (JDK " + run.jdkVersion() + ")"))
                .row(List.of("JMH", "mode " + run.mode() + ", " + run.forks() + " fork(s), " + run.warmupIterations()
                        + " × " + run.warmupTime() + " warm-up, " + run.measurementIterations() + " × "
                        + run.measurementTime() + " measurement, 1 thread")));
        for (Map.Entry<String, String> product : facts.databaseProducts().entrySet()) {
            table.row(List.of(product.getKey(), product.getValue()));
        }
        return table.render();
    }

    /** One row per database and size: how often it was filled, how long that took, how often a seed was kept. */
    String seeding() {
        if (facts.seedings().isEmpty()) {
            return "No seeding was recorded.\n";
        }
        MarkdownTable table = new MarkdownTable(
                List.of("database", "users", "times seeded", "seconds per seeding (slowest)", "times kept"));
        Map<String, List<RunFacts.Seeding>> byTarget = new TreeMap<>();
        facts.seedings().forEach(seeding -> byTarget
                .computeIfAbsent(seeding.database() + "\t" + seeding.users(), key -> new ArrayList<>()).add(seeding));
        for (List<RunFacts.Seeding> seedings : byTarget.values()) {
            List<RunFacts.Seeding> filled = seedings.stream().filter(seeding -> !seeding.reused()).toList();
            long slowest = filled.stream().mapToLong(RunFacts.Seeding::millis).max().orElse(0);
            table.row(List.of(seedings.get(0).database(), users(seedings.get(0).users()),
                    Integer.toString(filled.size()),
                    filled.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f", slowest / 1000.0),
                    Integer.toString(seedings.size() - filled.size())));
        }
        return table.render();
    }
}

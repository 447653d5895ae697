package org.acme.users.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads every JMH JSON result file of a run ({@code jmh-*.json}) into measurements. */
public final class JmhResults {

    private final List<Measurement> measurements;
    private final Optional<JmhRun> run;

    private JmhResults(List<Measurement> measurements, Optional<JmhRun> run) {
        this.measurements = List.copyOf(measurements);
        this.run = run;
    }

    public static JmhResults readAll(Path directory) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Measurement> measurements = new ArrayList<>();
        JmhRun run = null;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.getFileName().toString().matches("jmh-.*\\.json")).sorted().toList()) {
                for (JsonNode result : json.readTree(file.toFile())) {
                    measurements.add(measurementOf(result));
                    run = run == null ? runOf(result) : run;
                }
            }
        }
        return new JmhResults(measurements, Optional.ofNullable(run));
    }

    public List<Measurement> measurements() {
        return measurements;
    }

    public Optional<JmhRun> run() {
        return run;
    }

    private static Measurement measurementOf(JsonNode result) {
        String benchmark = result.path("benchmark").asString();
        JsonNode params = result.path("params");
        JsonNode metric = result.path("primaryMetric");
        JsonNode percentiles = metric.path("scorePercentiles");
        return new Measurement(
                benchmark.substring(benchmark.lastIndexOf('.') + 1),
                params.path("database").asString(),
                params.path("access").asString(),
                params.path("users").asInt(),
                metric.path("score").asDouble(),
                metric.path("scoreError").asDouble(),
                percentiles.path("50.0").asDouble(),
                percentiles.path("99.0").asDouble(),
                sampleCount(metric.path("rawDataHistogram")),
                result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN));
    }

    /** The histogram holds, per fork and iteration, pairs of [call time, how many calls took it]. */
    private static long sampleCount(JsonNode histogram) {
        long count = 0;
        for (JsonNode fork : histogram) {
            for (JsonNode iteration : fork) {
                for (JsonNode bucket : iteration) {
                    count += bucket.path(1).asLong();
                }
            }
        }
        return count;
    }

    private static JmhRun runOf(JsonNode result) {
        return new JmhRun(
                result.path("jdkVersion").asString(),
                result.path("vmName").asString(),
                result.path("vmVersion").asString(),
                result.path("forks").asInt(),
                result.path("warmupIterations").asInt(),
                result.path("warmupTime").asString(),
                result.path("measurementIterations").asInt(),
                result.path("measurementTime").asString(),
                result.path("mode").asString());
    }
}

package org.acme.users.benchmarks.report;

import static org.acme.users.benchmarks.report.MarkdownTable.millis;
import static org.acme.users.benchmarks.report.MarkdownTable.whole;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The running service under wrk: requests per second, latency percentiles and failures per adapter and scenario. */
final class HttpSection {

    private final List<HttpResult> results;
    private final ChartFiles charts;

    HttpSection(List<HttpResult> results, ChartFiles charts) {
        this.results = List.copyOf(results);
        this.charts = charts;
    }

    String write() throws IOException {
        if (results.isEmpty()) {
            return "No HTTP load results in this run (see `benchmarks/http/load.sh`).\n";
        }
        MarkdownTable table = new MarkdownTable(List.of("adapter", "database", "scenario", "connections",
                "seconds", "requests", "requests/s", "p50 ms", "p99 ms", "non-2xx", "socket errors"));
        for (HttpResult result : results) {
            table.row(List.of(result.adapter(), DatabaseLabel.of(result.database()), result.scenario(),
                    Integer.toString(result.connections()), Integer.toString(result.seconds()),
                    whole(result.requests()), whole(result.requestsPerSecond()), millis(result.p50Millis()),
                    millis(result.p99Millis()), Long.toString(result.non2xx()), Long.toString(result.socketErrors())));
        }
        List<String> scenarios = results.stream().map(HttpResult::scenario).distinct().toList();
        Map<String, List<Double>> rps = new LinkedHashMap<>();
        Map<String, List<Double>> latency = new LinkedHashMap<>();
        for (String target : results.stream().map(HttpSection::target).distinct().toList()) {
            for (String scenario : scenarios) {
                HttpResult result = results.stream()
                        .filter(r -> target(r).equals(target) && r.scenario().equals(scenario))
                        .findFirst().orElse(null);
                rps.computeIfAbsent(target, name -> new ArrayList<>()).add(result == null ? null : result.requestsPerSecond());
                latency.computeIfAbsent(target + " p50", name -> new ArrayList<>()).add(result == null ? null : result.p50Millis());
                latency.computeIfAbsent(target + " p99", name -> new ArrayList<>()).add(result == null ? null : result.p99Millis());
            }
        }
        String rpsChart = charts.bars("http-throughput", "HTTP requests per second", "requests / s", scenarios, rps, false);
        String latencyChart = charts.bars("http-latency", "HTTP latency (log scale)", "ms", scenarios, latency, true);
        return table.render() + "\n![HTTP throughput](charts/" + rpsChart + ")\n\n![HTTP latency](charts/"
                + latencyChart + ")\n";
    }

    static String target(HttpResult result) {
        return result.adapter() + " on " + DatabaseLabel.of(result.database());
    }
}

package org.acme.users.benchmarks.report;

import static org.acme.users.benchmarks.report.MarkdownTable.ratio;
import static org.acme.users.benchmarks.report.MarkdownTable.users;
import static org.acme.users.benchmarks.report.MarkdownTable.whole;

import java.util.List;
import java.util.Optional;

/** The targets, each with its measured figure and whether it was met; measured and reported, never asserted. */
final class TargetsSection {

    private static final double MOST_PORT_OVERHEAD = 1.10;
    private static final double MOST_GROWTH = 1.20;
    /** "Within reach" of the raw driver, made concrete: at least half the raw driver's calls per second. */
    private static final double LEAST_HTTP_SHARE_OF_RAW = 0.5;

    private final Results results;
    private final ScalingSection scaling;
    private final List<HttpResult> http;
    private final int size;

    TargetsSection(Results results, ScalingSection scaling, List<HttpResult> http, int size) {
        this.results = results;
        this.scaling = scaling;
        this.http = http;
        this.size = size;
    }

    String write() {
        MarkdownTable table = new MarkdownTable(List.of("target", "where", "measured", "verdict"));
        for (String database : List.of("POSTGRESQL", "MONGO_EMBEDDED", "MONGODB")) {
            for (String operation : List.of("findById", "insert")) {
                results.overhead(operation, database, size).ifPresent(overhead -> table.row(List.of(
                        "port ≤ 1.10× raw (p50)", operation + " on " + DatabaseLabel.of(database), ratio(overhead),
                        verdict(overhead <= MOST_PORT_OVERHEAD, database))));
            }
        }
        List<Integer> sizes = results.sizes();
        if (sizes.size() > 1) {
            String growth = "≤ 1.2× from " + users(sizes.get(0)) + " to " + users(sizes.get(sizes.size() - 1));
            for (String operation : List.of("findById", "findByEmail", "pageOf50")) {
                for (String database : results.databases()) {
                    scaling.growth(operation, database, "PORT").ifPresent(factor -> table.row(List.of(
                            growth, operation + " on " + DatabaseLabel.of(database), ratio(factor),
                            verdict(factor <= MOST_GROWTH, database))));
                }
            }
        }
        for (HttpResult result : http) {
            if (!result.scenario().equals("get-by-id")) {
                continue;
            }
            Optional<Measurement> raw = results.find("findById", result.database(), "RAW", size);
            raw.ifPresent(limit -> {
                double share = result.requestsPerSecond() / limit.callsPerSecond();
                table.row(List.of("HTTP GET by id ≥ half the raw driver's calls/s",
                        HttpSection.target(result), whole(result.requestsPerSecond()) + " req/s vs "
                                + whole(limit.callsPerSecond()) + " raw calls/s (" + ratio(share) + ")",
                        verdict(share >= LEAST_HTTP_SHARE_OF_RAW, result.database())));
            });
        }
        return table.render();
    }

    private static String verdict(boolean met, String database) {
        if (DatabaseLabel.isEmulator(database)) {
            return "no verdict: an emulator";
        }
        return met ? "met" : "**missed**";
    }
}

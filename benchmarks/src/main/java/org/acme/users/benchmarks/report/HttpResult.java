package org.acme.users.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One HTTP load scenario against the running service, as {@code benchmarks/http/load.sh} wrote it: which adapter and
 * database served it, what the load was, and what wrk measured.
 */
public record HttpResult(
        String adapter, String database, String scenario, int connections, int seconds, long requests,
        double requestsPerSecond, double p50Millis, double p99Millis, long non2xx, long socketErrors) {

    /** Reads the tab-separated file with a header line; no file means no HTTP run. */
    public static List<HttpResult> readAll(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t"))
                .map(fields -> new HttpResult(fields[0], fields[1], fields[2], Integer.parseInt(fields[3]),
                        Integer.parseInt(fields[4]), Long.parseLong(fields[5]), Double.parseDouble(fields[6]),
                        Double.parseDouble(fields[7]), Double.parseDouble(fields[8]), Long.parseLong(fields[9]),
                        Long.parseLong(fields[10])))
                .toList();
    }
}

package org.acme.users.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the benchmark JVMs noted beside JMH's figures (see {@code RunLog}): the product and version of each database,
 * and each seeding, with how long it took and whether an earlier run's seed could be kept.
 */
public record RunFacts(Map<String, String> databaseProducts, List<Seeding> seedings) {

    /** One database opened at one size: {@code reused} when it already held exactly the seed users. */
    public record Seeding(String database, int users, long millis, boolean reused) {
    }

    public static RunFacts read(Path runLog) throws IOException {
        Map<String, String> products = new TreeMap<>();
        List<Seeding> seedings = new ArrayList<>();
        if (Files.exists(runLog)) {
            for (String line : Files.readAllLines(runLog)) {
                String[] fields = line.split("\t");
                if (fields[0].equals("database") && fields.length == 3) {
                    products.put(fields[1], fields[2]);
                } else if (fields[0].equals("seed") && fields.length == 5) {
                    seedings.add(new Seeding(fields[1], Integer.parseInt(fields[2]), Long.parseLong(fields[3]),
                            fields[4].equals("reused")));
                }
            }
        }
        return new RunFacts(products, seedings);
    }
}

package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.acme.users.adapter.persistence.cassandra.node.CassandraNode;
import org.acme.users.adapter.persistence.cassandra.node.CassandraRing;
import org.acme.users.adapter.persistence.cassandra.node.FreePorts;
import org.acme.users.adapter.persistence.cassandra.node.NodeSpec;

/**
 * The node and the ring that tests share, each started on first use and once per JVM (a node takes seconds to
 * start and hundreds of MiB to run), in a temporary folder; a shutdown hook stops them and removes the folder. A start
 * that failed is not tried again: every later use reports the same failure.
 */
final class SharedClusters {

    /** A started cluster: where clients connect, and a session of its own for creating and dropping keyspaces. */
    record Cluster(List<InetSocketAddress> contactPoints, CqlSession admin, AutoCloseable servers) {
    }

    /** The admin session also reads what tests left behind, a scan of a whole table at times. */
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private static Outcome oneNode;
    private static Outcome ring;
    private static CassandraRing startedRing;

    private SharedClusters() {
    }

    static synchronized Cluster oneNode() {
        if (oneNode == null) {
            oneNode = Outcome.of(() -> {
                Path directory = temporaryDirectory("node");
                String address = "127.0.0.1";
                CassandraNode node = CassandraNode.start(NodeSpec.alone(address,
                        FreePorts.onEvery(List.of(address)), FreePorts.onEvery(List.of(address)), directory));
                return started(List.of(node.cqlAddress()), node, directory);
            });
        }
        return oneNode.get();
    }

    static synchronized Cluster ring() {
        if (ring == null) {
            ring = Outcome.of(() -> {
                Path directory = temporaryDirectory("ring");
                startedRing = CassandraRing.start(directory);
                return started(startedRing.nodes().stream().map(CassandraNode::cqlAddress).toList(), startedRing,
                        directory);
            });
        }
        return ring.get();
    }

    /** The shared ring's nodes, for a test that stops one and brings it back. */
    static synchronized CassandraRing ringNodes() {
        ring();
        return startedRing;
    }

    private static Cluster started(List<InetSocketAddress> contactPoints, AutoCloseable servers, Path directory) {
        CqlSession admin;
        try {
            admin = CqlSession.builder()
                    .addContactPoints(contactPoints)
                    .withLocalDatacenter(CassandraSettings.DEFAULT_DATACENTER)
                    .withConfigLoader(DriverConfiguration.of(CassandraSettings.of(contactPoints,
                            CassandraSettings.DEFAULT_DATACENTER, CassandraSettings.DEFAULT_KEYSPACE)
                            .withRequestTimeout(ADMIN_TIMEOUT)))
                    .build();
        } catch (RuntimeException e) {
            closeQuietly(servers);
            throw e;
        }
        Cluster cluster = new Cluster(contactPoints, admin, servers);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            admin.close();
            closeQuietly(servers);
            deleteRecursively(directory);
        }, "stop-test-cassandra"));
        return cluster;
    }

    private static Path temporaryDirectory(String what) {
        try {
            return Files.createTempDirectory("users-cassandra-" + what + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(AutoCloseable servers) {
        try {
            servers.close();
        } catch (Exception ignored) {
            // The JVM is ending; the node's JVM ends with it as its standard input closes.
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is removed with the machine's temporary files.
        }
    }

    /** A start, or its failure, remembered. */
    private record Outcome(Cluster cluster, RuntimeException failure) {

        static Outcome of(Supplier<Cluster> start) {
            try {
                return new Outcome(start.get(), null);
            } catch (RuntimeException e) {
                return new Outcome(null, e);
            }
        }

        Cluster get() {
            if (failure != null) {
                throw failure;
            }
            return cluster;
        }
    }
}

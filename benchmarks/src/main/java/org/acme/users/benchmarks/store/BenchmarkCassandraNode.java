package org.acme.users.benchmarks.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.acme.users.adapter.persistence.cassandra.node.CassandraNode;
import org.acme.users.adapter.persistence.cassandra.node.FreePorts;
import org.acme.users.adapter.persistence.cassandra.node.NodeSpec;

/**
 * The single Cassandra node the benchmarks run on: the adapter's own embedded node (Cassandra 5.0 in a child JVM),
 * keeping its data in {@code <data directory>/cassandra}, so a million seed users are written once and kept from one
 * run to the next. {@code run-report.sh} starts it once with {@link #main} and names it to every benchmark JVM with
 * {@code -D}{@value #CONTACT_POINT_PROPERTY}; a benchmark JVM without that property starts the node itself, once, for
 * as long as it runs. A file lock keeps two nodes off the same folder.
 *
 * <p>Usage: {@code BenchmarkCassandraNode <data directory>}: prints {@code contact-point=127.0.0.1:<port>} once the
 * node serves CQL, and serves until the process is stopped.
 */
public final class BenchmarkCassandraNode implements AutoCloseable {

    public static final String CONTACT_POINT_PROPERTY = "bench.cassandra";
    private static final String ADDRESS = "127.0.0.1";

    private static BenchmarkCassandraNode startedHere;

    private final FileChannel lockFile;
    private final CassandraNode node;

    private BenchmarkCassandraNode(FileChannel lockFile, CassandraNode node) {
        this.lockFile = lockFile;
        this.node = node;
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BenchmarkCassandraNode <data directory>");
        }
        BenchmarkCassandraNode started = start(Path.of(args[0]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.close();
            stopped.countDown();
        }, "stop-cassandra"));
        System.out.println("contact-point=" + ADDRESS + ":" + started.node.spec().nativePort());
        System.out.flush();
        stopped.await();
    }

    /** The node named by {@value #CONTACT_POINT_PROPERTY}, else the one this JVM starts on first use. */
    public static synchronized InetSocketAddress contactPoint(Path dataDirectory) {
        String named = System.getProperty(CONTACT_POINT_PROPERTY);
        if (named != null && !named.isBlank()) {
            int colon = named.lastIndexOf(':');
            return new InetSocketAddress(named.substring(0, colon), Integer.parseInt(named.substring(colon + 1)));
        }
        if (startedHere == null) {
            startedHere = start(dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(startedHere::close, "stop-cassandra"));
            RunLog.note("cassandra node", "started in this JVM in " + startedHere.node.startUpTime().toMillis() + " ms");
        }
        return startedHere.node.cqlAddress();
    }

    private static BenchmarkCassandraNode start(Path dataDirectory) {
        Path directory = dataDirectory.resolve("cassandra").toAbsolutePath();
        FileChannel lockFile = null;
        try {
            Files.createDirectories(directory);
            lockFile = FileChannel.open(directory.resolve("in-use.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = lockFile.tryLock();
            if (lock == null) {
                throw new IllegalStateException("another process runs a Cassandra node on " + directory
                        + "; name it with -D" + CONTACT_POINT_PROPERTY + "=127.0.0.1:<port>");
            }
            List<String> loopback = List.of(ADDRESS);
            CassandraNode node = CassandraNode.start(NodeSpec.alone(ADDRESS, FreePorts.onEvery(loopback),
                    FreePorts.onEvery(loopback), directory));
            return new BenchmarkCassandraNode(lockFile, node);
        } catch (IOException e) {
            closeQuietly(lockFile);
            throw new UncheckedIOException("cannot use " + directory + " for Cassandra", e);
        } catch (RuntimeException e) {
            closeQuietly(lockFile);
            throw e;
        }
    }

    /** Drains and stops the node; closing the channel releases the lock. */
    @Override
    public void close() {
        try {
            node.close();
        } finally {
            closeQuietly(lockFile);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing is left to release.
        }
    }
}

package org.acme.users.adapter.persistence.cassandra.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Cassandra node running in a JVM of its own, a child of this process, started from the jars of
 * {@link NodeLibraries}. It is ready once its CQL port accepts connections. Its output goes to {@code node.log} in
 * its directory; a node that fails to start is reported with the end of that log.
 */
public final class CassandraNode implements AutoCloseable {

    /** Cassandra 5.0 starts in 6 to 15 s here; a busy two-core machine starting three at once needs more. */
    static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int LOG_TAIL_LINES = 40;

    private final NodeSpec spec;
    private final Process process;
    private final Duration startUpTime;

    private CassandraNode(NodeSpec spec, Process process, Duration startUpTime) {
        this.spec = spec;
        this.process = process;
        this.startUpTime = startUpTime;
    }

    /** Starts the node on its directory, keeping whatever data is there, and waits until it serves CQL. */
    public static CassandraNode start(NodeSpec spec) {
        long started = System.nanoTime();
        Process process = launch(spec);
        try {
            awaitCqlPort(spec, process, started);
        } catch (RuntimeException e) {
            stop(process);
            throw e;
        }
        return new CassandraNode(spec, process, Duration.ofNanos(System.nanoTime() - started));
    }

    public NodeSpec spec() {
        return spec;
    }

    public InetSocketAddress cqlAddress() {
        return new InetSocketAddress(spec.address(), spec.nativePort());
    }

    /** From launching the JVM to the CQL port accepting connections. */
    public Duration startUpTime() {
        return startUpTime;
    }

    /** The node's resident memory as the kernel counts it, in MiB; 0 where {@code /proc} does not tell. */
    public long residentMemoryMebibytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException unknown) {
            // Not Linux, or the process is gone: the figure is unknown.
        }
        return 0;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops the node cleanly: it drains (flushes its memtables) and exits. */
    @Override
    public void close() {
        stop(process);
    }

    private static Process launch(NodeSpec spec) {
        try {
            NodeConfiguration.write(spec);
            List<String> command = new ArrayList<>();
            command.add(NodeJava.find().toString());
            command.addAll(NodeJvmOptions.ALL);
            command.addAll(NodeConfiguration.systemProperties(spec));
            command.add("-cp");
            command.add(NodeLibraries.classPath());
            command.add(NodeMain.class.getName());
            Path log = spec.directory().resolve(NodeConfiguration.LOG);
            return new ProcessBuilder(command)
                    .directory(spec.directory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a Cassandra node in " + spec.directory(), e);
        }
    }

    private static void awaitCqlPort(NodeSpec spec, Process process, long started) {
        long deadline = started + START_LIMIT.toNanos();
        while (!acceptsConnections(spec)) {
            if (!process.isAlive()) {
                throw failedToStart(spec, "its JVM ended with exit code " + process.exitValue());
            }
            if (System.nanoTime() > deadline) {
                throw failedToStart(spec, "its CQL port did not open within " + START_LIMIT.toSeconds() + " s");
            }
            pause();
        }
    }

    private static boolean acceptsConnections(NodeSpec spec) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(spec.address(), spec.nativePort()), (int) POLL.toMillis());
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static IllegalStateException failedToStart(NodeSpec spec, String why) {
        return new IllegalStateException("the Cassandra node " + spec.describe() + " did not start: " + why
                + "; the end of " + spec.directory().resolve(NodeConfiguration.LOG) + ":\n" + logTail(spec));
    }

    private static String logTail(NodeSpec spec) {
        try {
            List<String> lines = Files.readAllLines(spec.directory().resolve(NodeConfiguration.LOG));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Closing the node's standard input tells {@link NodeMain} to exit through Cassandra's shutdown hooks. */
    private static void stop(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            // The pipe is gone: the node has seen the end of its input either way.
        }
        if (!awaitExit(process, STOP_LIMIT)) {
            process.destroyForcibly();
            awaitExit(process, STOP_LIMIT);
        }
    }

    private static boolean awaitExit(Process process, Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a Cassandra node", e);
        }
    }
}

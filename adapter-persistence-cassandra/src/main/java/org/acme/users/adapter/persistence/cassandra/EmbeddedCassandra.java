package org.acme.users.adapter.persistence.cassandra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.acme.users.adapter.persistence.cassandra.node.CassandraNode;
import org.acme.users.adapter.persistence.cassandra.node.FreePorts;
import org.acme.users.adapter.persistence.cassandra.node.NodeSpec;

/**
 * The single Cassandra node the service starts when no contact points are configured: for trying the service out,
 * not for keeping data that matters. It runs in a child JVM on free loopback ports and keeps its data in one folder,
 * which only one service at a time may use (a file lock says so).
 */
final class EmbeddedCassandra implements AutoCloseable {

    static final Path DEFAULT_DIRECTORY = Path.of("data", "cassandra");
    private static final System.Logger LOG = System.getLogger(EmbeddedCassandra.class.getName());
    private static final String ADDRESS = "127.0.0.1";

    private final FileChannel lockFile;
    private final FileLock lock;
    private final CassandraNode node;

    private EmbeddedCassandra(FileChannel lockFile, FileLock lock, CassandraNode node) {
        this.lockFile = lockFile;
        this.lock = lock;
        this.node = node;
    }

    static EmbeddedCassandra start(Path directory) {
        FileChannel lockFile = null;
        try {
            Files.createDirectories(directory);
            lockFile = FileChannel.open(directory.resolve("in-use.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = lockFile.tryLock();
            if (lock == null) {
                throw new IllegalStateException("another process runs the embedded Cassandra node on "
                        + directory.toAbsolutePath());
            }
            CassandraNode node = CassandraNode.start(NodeSpec.alone(ADDRESS, FreePorts.onEvery(List.of(ADDRESS)),
                    FreePorts.onEvery(List.of(ADDRESS)), directory));
            LOG.log(Level.WARNING, "PERSISTENCE=cassandra without CASSANDRA_CONTACT_POINTS: started an embedded"
                    + " single Cassandra node for trying out only (a child JVM on " + node.spec().describe()
                    + ", data in " + directory + "). It took " + node.startUpTime().toMillis() / 100 / 10.0
                    + " s to start and uses " + node.residentMemoryMebibytes() + " MiB of memory; for real use set"
                    + " CASSANDRA_CONTACT_POINTS to a cluster of your own.");
            return new EmbeddedCassandra(lockFile, lock, node);
        } catch (IOException e) {
            closeQuietly(lockFile);
            throw new UncheckedIOException("cannot use " + directory.toAbsolutePath() + " for Cassandra", e);
        } catch (RuntimeException e) {
            closeQuietly(lockFile);
            throw e;
        }
    }

    CassandraNode node() {
        return node;
    }

    @Override
    public void close() {
        try {
            node.close();
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // Closing the channel releases it too.
            }
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

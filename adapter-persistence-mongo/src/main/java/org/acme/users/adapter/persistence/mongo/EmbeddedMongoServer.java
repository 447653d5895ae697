package org.acme.users.adapter.persistence.mongo;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.h2.mvstore.MVStore;

/**
 * An emulator of MongoDB's wire protocol (mongo-java-server) in this process, on a free loopback port: what
 * {@code PERSISTENCE=mongo} serves from when no {@code MONGODB_URI} is given, so that trying the service needs no
 * install. It is not MongoDB: it has no replication, no transactions, and of its own it uses an index only for a
 * filter on exactly that index's fields; its collections ({@link KeyedH2Collection}) find the adapter's queries by
 * key instead.
 */
final class EmbeddedMongoServer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    /**
     * The emulator runs in this process, so while the service is up it is up too: an operation that is slow waits
     * in the emulator's queue (each collection serves one command at a time) or for a starved CPU, not on a lost
     * server. It may wait this long, for a server, a connection or an answer, rather than the adapter's few seconds
     * meant for a remote server, before it counts as unavailable.
     */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KeyedH2Backend backend;
    private final MongoServer server;

    private EmbeddedMongoServer(MVStore store) {
        this.backend = new KeyedH2Backend(store);
        this.server = new MongoServer(backend);
        server.bind(LOOPBACK, 0);
    }

    /** Keeps its data in an H2 MVStore file, so it survives a restart. */
    static EmbeddedMongoServer inFile(Path dataFile) {
        try {
            Files.createDirectories(dataFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataFile.getParent(), e);
        }
        return new EmbeddedMongoServer(MVStore.open(dataFile.toString()));
    }

    /** Keeps its data in memory only, for tests. */
    static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(MVStore.open(null));
    }

    InetSocketAddress address() {
        return server.getLocalAddress();
    }

    String connectionString() {
        return "mongodb://" + LOOPBACK + ":" + address().getPort();
    }

    /** The adapter's settings for this server: {@code defaults}, with every timeout the longer {@link #PATIENCE}. */
    MongoSettings settingsFor(MongoSettings defaults) {
        return defaults.withTimeouts(PATIENCE, PATIENCE, PATIENCE);
    }

    /** How many stored documents the queries on one collection have read: their work, as a test can count it. */
    long documentsRead(String databaseName, String collectionName) {
        return ((KeyedH2Collection) backend.resolveDatabase(databaseName).resolveCollection(collectionName, true))
                .documentsRead();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}

package org.acme.users.adapter.persistence.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An emulator of MongoDB's wire protocol (mongo-java-server) in this process, on a free loopback port: what
 * {@code PERSISTENCE=mongo} serves from when no {@code MONGODB_URI} is given, so that trying the service needs no
 * install. It is not MongoDB: it has no replication, no transactions, and uses an index only for a filter on exactly
 * that index's fields.
 */
final class EmbeddedMongoServer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final MongoServer server;

    private EmbeddedMongoServer(MongoBackend backend) {
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
        return new EmbeddedMongoServer(new H2Backend(dataFile.toString()));
    }

    /** Keeps its data in memory only, for tests. */
    static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(new MemoryBackend());
    }

    InetSocketAddress address() {
        return server.getLocalAddress();
    }

    String connectionString() {
        return "mongodb://" + LOOPBACK + ":" + address().getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}

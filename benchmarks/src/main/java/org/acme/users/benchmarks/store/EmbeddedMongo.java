package org.acme.users.benchmarks.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * The in-memory MongoDB-compatible server that the service falls back on, started inside the benchmark JVM on a
 * free loopback port, so the adapter and the raw driver reach it over TCP as they would a real server.
 */
final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final String connectionString;

    EmbeddedMongo() {
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        connectionString = "mongodb://127.0.0.1:" + address.getPort();
    }

    String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}

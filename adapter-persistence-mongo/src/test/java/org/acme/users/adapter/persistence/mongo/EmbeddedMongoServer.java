package org.acme.users.adapter.persistence.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** mongo-java-server in this JVM, in memory, on a free loopback port: spoken to through the real driver. */
final class EmbeddedMongoServer implements AutoCloseable {

    private final MongoServer server;

    private EmbeddedMongoServer(MongoServer server) {
        this.server = server;
    }

    static EmbeddedMongoServer start() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return new EmbeddedMongoServer(server);
    }

    int port() {
        return server.getLocalAddress().getPort();
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}

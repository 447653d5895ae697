package org.acme.users.bootstrap.wiring;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the MongoDB adapter connects: the server of {@code MONGODB_URI}, or one this process starts on the
 * loopback interface with its data in {@code ./data/mongo.mv}, so that trying the service needs no install.
 */
final class MongoEndpoint implements AutoCloseable {

    static final Path EMBEDDED_DATA_FILE = Path.of("data", "mongo.mv");

    private static final Logger LOG = LoggerFactory.getLogger(MongoEndpoint.class);

    private final String connectionString;
    private final Optional<MongoServer> embeddedServer;

    private MongoEndpoint(String connectionString, Optional<MongoServer> embeddedServer) {
        this.connectionString = connectionString;
        this.embeddedServer = embeddedServer;
    }

    static MongoEndpoint external(String connectionString) {
        return new MongoEndpoint(connectionString, Optional.empty());
    }

    static MongoEndpoint embedded() {
        try {
            Files.createDirectories(EMBEDDED_DATA_FILE.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + EMBEDDED_DATA_FILE.getParent(), e);
        }
        MongoServer server = new MongoServer(new H2Backend(EMBEDDED_DATA_FILE.toString()));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        LOG.warn("MONGODB_URI is not set: serving from an embedded MongoDB-compatible server with its data in {}."
                + " It is for trying the service out only; set MONGODB_URI for real use.", EMBEDDED_DATA_FILE);
        return new MongoEndpoint("mongodb://127.0.0.1:" + address.getPort(), Optional.of(server));
    }

    String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        embeddedServer.ifPresent(MongoServer::shutdown);
    }
}

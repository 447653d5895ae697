package org.acme.users.bootstrap.reliability;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.acme.users.bootstrap.config.Persistence;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.testkit.net.TcpRelay;
import org.h2.tools.Server;

/** Starts the service on each database the reliability suites cover, in a scratch place of its own. */
final class ReliabilityDatabases {

    private static final String LOOPBACK = "127.0.0.1";

    private ReliabilityDatabases() {
    }

    /** H2 embedded in files, as the default configuration runs it: no network between service and database. */
    static ServiceUnderTest h2File() {
        Path directory = scratchDirectory();
        return ServiceUnderTest.start(sql("jdbc:h2:file:" + directory.resolve("users"), "sa"), Optional.empty(),
                List.of());
    }

    /**
     * The same H2 files served by H2's TCP server in this JVM, reached through a relay: embedded H2 has no
     * connection that could be cut, so this is how its outage behaviour is shown.
     */
    static ServiceUnderTest h2ServerBehindRelay() {
        Path directory = scratchDirectory();
        Server server;
        try {
            server = Server.createTcpServer("-tcpPort", "0", "-baseDir", directory.toString(), "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start H2's TCP server", e);
        }
        TcpRelay relay = TcpRelay.start(LOOPBACK, server.getPort());
        Settings settings = sql("jdbc:h2:tcp://" + LOOPBACK + ":" + relay.port() + "/users", "sa");
        return ServiceUnderTest.start(settings, Optional.of(relay), List.of(server::stop));
    }

    /** A database of its own on the local PostgreSQL, reached directly. */
    static ServiceUnderTest postgres() {
        ScratchPostgresDatabase database = ScratchPostgresDatabase.create("users_reliability");
        Settings settings = sql(database.jdbcUrl(ScratchPostgresDatabase.HOST, ScratchPostgresDatabase.PORT),
                ScratchPostgresDatabase.USER);
        return ServiceUnderTest.start(settings, Optional.empty(), List.of(database));
    }

    static ServiceUnderTest postgresBehindRelay() {
        ScratchPostgresDatabase database = ScratchPostgresDatabase.create("users_reliability");
        TcpRelay relay = TcpRelay.start(ScratchPostgresDatabase.HOST, ScratchPostgresDatabase.PORT);
        Settings settings = sql(database.jdbcUrl(LOOPBACK, relay.port()), ScratchPostgresDatabase.USER);
        return ServiceUnderTest.start(settings, Optional.of(relay), List.of(database));
    }

    /** mongo-java-server in memory, the server the service embeds when MONGODB_URI is not set. */
    static ServiceUnderTest mongoBehindRelay() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind(LOOPBACK, 0);
        TcpRelay relay = TcpRelay.start(LOOPBACK, server.getLocalAddress().getPort());
        Settings settings = new Settings(Persistence.MONGO, "jdbc:h2:mem:unused", "", "",
                Optional.of("mongodb://" + LOOPBACK + ":" + relay.port()), "users_reliability", 0, LOOPBACK);
        return ServiceUnderTest.start(settings, Optional.of(relay), List.of(server::shutdownNow));
    }

    private static Settings sql(String jdbcUrl, String user) {
        return new Settings(Persistence.SQL, jdbcUrl, user, "", Optional.empty(), "users", 0, LOOPBACK);
    }

    private static Path scratchDirectory() {
        try {
            return Files.createTempDirectory("users-reliability");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

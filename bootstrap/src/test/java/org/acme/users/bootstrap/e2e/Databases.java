package org.acme.users.bootstrap.e2e;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.testkit.net.TcpRelay;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Starts the service on each database of the end-to-end suites, each behind its own {@link TcpRelay}. */
final class Databases {

    static final String POSTGRES_HOST = "127.0.0.1";
    static final int POSTGRES_PORT = 5432;

    private Databases() {
    }

    /**
     * H2 embedded in files, as the default configuration runs it. It lives inside the service's process, so
     * there is no connection to cut: the outage rule is skipped here and proven on the networked databases.
     */
    static RunningService serviceOnH2() {
        Path directory = scratchDirectory("users-e2e-h2");
        Settings settings = TestSettings.sql("jdbc:h2:file:" + directory.resolve("users"), "sa", "");
        return RunningService.start(settings, Optional.empty(), List.of());
    }

    /**
     * A database of its own on the local PostgreSQL, dropped afterwards. Without a server the suite is
     * skipped, except under {@code CI=true}, where a missing database must not pass unnoticed.
     */
    static RunningService serviceOnPostgres() throws SQLException {
        String database = "users_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = postgresAdmin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        TcpRelay relay = TcpRelay.start(POSTGRES_HOST, POSTGRES_PORT);
        Settings settings = TestSettings.sql(
                "jdbc:postgresql://127.0.0.1:" + relay.port() + "/" + database, "postgres", "");
        AutoCloseable dropDatabase = () -> {
            try (Connection admin = postgresAdmin(); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        };
        try {
            return RunningService.start(settings, Optional.of(relay), List.of(dropDatabase));
        } catch (RuntimeException e) {
            relay.close();
            close(dropDatabase);
            throw e;
        }
    }

    /** mongo-java-server in memory, the same server the service embeds when MONGODB_URI is not set. */
    static RunningService serviceOnEmbeddedMongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        TcpRelay relay = TcpRelay.start("127.0.0.1", server.getLocalAddress().getPort());
        Settings settings = TestSettings.mongo("mongodb://127.0.0.1:" + relay.port(), "users_e2e");
        return RunningService.start(settings, Optional.of(relay), List.of(server::shutdown));
    }

    private static Connection postgresAdmin() throws SQLException {
        String url = "jdbc:postgresql://" + POSTGRES_HOST + ":" + POSTGRES_PORT + "/postgres?connectTimeout=3";
        try {
            return DriverManager.getConnection(url, "postgres", "");
        } catch (SQLException unavailable) {
            String reason = "PostgreSQL is not reachable at " + POSTGRES_HOST + ":" + POSTGRES_PORT + ": "
                    + unavailable.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason + " (CI=true: a database that should be there must not be skipped)");
            }
            Assumptions.abort(reason);
            throw unavailable;
        }
    }

    private static Path scratchDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception suppressed) {
            // The original failure matters more.
        }
    }
}

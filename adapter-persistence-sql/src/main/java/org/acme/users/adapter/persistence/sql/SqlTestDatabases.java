package org.acme.users.adapter.persistence.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.acme.users.persistence.spi.TestDatabase;
import org.acme.users.persistence.spi.TestDatabaseKind;
import org.acme.users.persistence.spi.TestDatabaseUnavailableException;

/**
 * The databases the service's tests run the SQL adapter on: H2 in files, as the default configuration runs it, and a
 * database of its own on a PostgreSQL server ({@code USERS_TEST_POSTGRES_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}; by default {@code postgres} on 127.0.0.1:5432), dropped afterwards.
 */
final class SqlTestDatabases {

    private SqlTestDatabases() {
    }

    static TestDatabaseKind h2Files() {
        return TestDatabaseKind.of("sql on H2", () -> {
            Path directory;
            try {
                directory = Files.createTempDirectory("users-h2");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new InProcessDatabase(sqlSettings("jdbc:h2:file:" + directory.resolve("users"), "sa", ""));
        });
    }

    static TestDatabaseKind postgresql() {
        return TestDatabaseKind.of("sql on PostgreSQL", PostgresqlDatabase::create);
    }

    private static Map<String, String> sqlSettings(String url, String user, String password) {
        return Map.of(SqlPersistenceProvider.DATABASE_URL.name(), url,
                SqlPersistenceProvider.DATABASE_USER.name(), user,
                SqlPersistenceProvider.DATABASE_PASSWORD.name(), password);
    }

    /** Inside the service's process: there is no connection a relay could cut. */
    private record InProcessDatabase(Map<String, String> settings) implements TestDatabase {

        @Override
        public Optional<InetSocketAddress> serverAddress() {
            return Optional.empty();
        }

        @Override
        public Map<String, String> settingsVia(InetSocketAddress address) {
            throw new UnsupportedOperationException("H2 in files runs inside the service's process");
        }

        @Override
        public void close() {
            // The files are in a temporary directory of their own.
        }
    }

    private static final class PostgresqlDatabase implements TestDatabase {

        private static final String HOST = environment("HOST", "127.0.0.1");
        private static final int PORT = Integer.parseInt(environment("PORT", "5432"));
        private static final String USER = environment("USER", "postgres");
        private static final String PASSWORD = environment("PASSWORD", "");

        private final String database;
        private final Function<InetSocketAddress, Map<String, String>> settingsAt;

        private PostgresqlDatabase(String database) {
            this.database = database;
            this.settingsAt = address -> sqlSettings("jdbc:postgresql://" + address.getHostString() + ":"
                    + address.getPort() + "/" + database, USER, PASSWORD);
        }

        static PostgresqlDatabase create() {
            String database = "users_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            administer("CREATE DATABASE " + database);
            return new PostgresqlDatabase(database);
        }

        @Override
        public Map<String, String> settings() {
            return settingsAt.apply(serverAddress().orElseThrow());
        }

        @Override
        public Optional<InetSocketAddress> serverAddress() {
            return Optional.of(InetSocketAddress.createUnresolved(HOST, PORT));
        }

        @Override
        public Map<String, String> settingsVia(InetSocketAddress address) {
            return settingsAt.apply(address);
        }

        @Override
        public void close() {
            administer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }

        private static void administer(String statement) {
            String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres?connectTimeout=3";
            try (Connection admin = DriverManager.getConnection(url, USER, PASSWORD);
                    Statement sql = admin.createStatement()) {
                sql.execute(statement);
            } catch (SQLException e) {
                throw new TestDatabaseUnavailableException(
                        "PostgreSQL at " + HOST + ":" + PORT + " as " + USER + ": " + e.getMessage(), e);
            }
        }

        private static String environment(String suffix, String fallback) {
            String value = System.getenv("USERS_TEST_POSTGRES_" + suffix);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}

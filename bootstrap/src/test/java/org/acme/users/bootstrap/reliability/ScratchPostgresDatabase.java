package org.acme.users.bootstrap.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own on the local PostgreSQL (127.0.0.1:5432, user postgres), dropped on close. Without a
 * server the calling test is skipped with the reason, except under {@code CI=true}, where it fails: a database
 * that should be there must not pass unnoticed.
 */
public final class ScratchPostgresDatabase implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5432;
    public static final String USER = "postgres";

    private final String name;

    private ScratchPostgresDatabase(String name) {
        this.name = name;
    }

    public static ScratchPostgresDatabase create(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        return new ScratchPostgresDatabase(name);
    }

    public String name() {
        return name;
    }

    /** The JDBC URL of this database on {@code host:port}, which may be a relay in front of the server. */
    public String jdbcUrl(String host, int port) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String statement) {
        try (Connection admin = administration(); Statement sql = admin.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + statement, e);
        }
    }

    private static Connection administration() {
        String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres?connectTimeout=3";
        try {
            return DriverManager.getConnection(url, USER, "");
        } catch (SQLException unavailable) {
            String reason = "PostgreSQL is not reachable at " + HOST + ":" + PORT + ": " + unavailable.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason + " (CI=true: a database that should be there must not be skipped)");
            }
            Assumptions.abort(reason);
            throw new IllegalStateException(reason, unavailable);
        }
    }
}

package org.acme.users.benchmarks.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates a database per seeded size on the shared PostgreSQL and MariaDB servers (e.g. {@code users_bench_1000000}),
 * so each size keeps its seed between runs and no other database on those servers is touched.
 */
public final class ServerDatabases {

    private ServerDatabases() {
    }

    public static void createPostgresql(String serverUrl, String user, String password, String name)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", user, password);
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + requireSimpleName(name));
            }
        }
    }

    public static void createMariadb(String serverUrl, String user, String password, String name)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement create = connection.createStatement()) {
            create.execute("create database if not exists " + requireSimpleName(name)
                    + " character set utf8mb4 collate utf8mb4_bin");
        }
    }

    /** Database names cannot be bound as parameters; these are made here, but checked all the same. */
    private static String requireSimpleName(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        return name;
    }
}

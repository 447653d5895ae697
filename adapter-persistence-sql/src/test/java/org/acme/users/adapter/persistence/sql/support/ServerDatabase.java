package org.acme.users.adapter.persistence.sql.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** The connection to a shared database server from which the tests carve their own databases or schemas. */
record ServerDatabase(String name, JdbcUrls url, String user, String password) {

    private static final int LOGIN_TIMEOUT_SECONDS = 3;

    /** Reads {@code <prefix>_URL}, {@code _USER} and {@code _PASSWORD}, falling back to the local server. */
    static ServerDatabase fromEnvironment(String name, String prefix, String defaultUrl, int defaultPort,
            String defaultUser) {
        return new ServerDatabase(name,
                JdbcUrls.parse(RequiredDatabase.setting(prefix + "_URL", defaultUrl), defaultPort),
                RequiredDatabase.setting(prefix + "_USER", defaultUser),
                RequiredDatabase.setting(prefix + "_PASSWORD", ""));
    }

    /** A fresh name for a database or schema, unlikely to meet one of a concurrent run. */
    static String uniqueName() {
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        return "users_test_" + HexFormat.of().formatHex(random);
    }

    /** Runs administrative statements; skips the test class (fails it on CI) if the server cannot be reached. */
    void administer(String... statements) {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        Connection connection;
        try {
            connection = DriverManager.getConnection(url.url(), user, password);
        } catch (SQLException e) {
            RequiredDatabase.missing(name + " at " + url.host() + ":" + url.port(), e.getMessage());
            return;
        }
        try (connection; Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database on " + name, e);
        }
    }
}

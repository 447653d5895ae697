package org.acme.users.adapter.persistence.sql;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where the SQL adapter finds its database and how patient its connection pool is.
 *
 * @param jdbcUrl           a JDBC URL for H2, PostgreSQL, MariaDB/MySQL or SQLite
 * @param user              the database user; may be empty, e.g. for SQLite
 * @param password          the user's password; may be empty
 * @param maxPoolSize       the most connections to keep open; empty for the database's default
 * @param connectionTimeout how long an operation waits for a connection before the database counts as unavailable
 */
public record SqlSettings(
        String jdbcUrl, String user, String password, OptionalInt maxPoolSize, Duration connectionTimeout) {

    /** Long enough for a healthy pool under load, short enough for a prompt "unavailable" when the database is gone. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofMillis(2500);

    /** The least that the connection pool accepts as a connection timeout. */
    private static final Duration SHORTEST_CONNECTION_TIMEOUT = Duration.ofMillis(500);

    public SqlSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = Objects.requireNonNullElse(user, "");
        password = Objects.requireNonNullElse(password, "");
        Objects.requireNonNull(maxPoolSize, "maxPoolSize");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (maxPoolSize.isPresent() && maxPoolSize.getAsInt() < 1) {
            throw new IllegalArgumentException("the maximum pool size must be at least 1: " + maxPoolSize.getAsInt());
        }
        if (connectionTimeout.compareTo(SHORTEST_CONNECTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException(
                    "the connection timeout must be at least " + SHORTEST_CONNECTION_TIMEOUT.toMillis() + " ms");
        }
    }

    /** Settings with the database's default pool size and the default connection timeout. */
    public static SqlSettings of(String jdbcUrl, String user, String password) {
        return new SqlSettings(jdbcUrl, user, password, OptionalInt.empty(), DEFAULT_CONNECTION_TIMEOUT);
    }

    public SqlSettings withMaxPoolSize(int size) {
        return new SqlSettings(jdbcUrl, user, password, OptionalInt.of(size), connectionTimeout);
    }

    public SqlSettings withConnectionTimeout(Duration timeout) {
        return new SqlSettings(jdbcUrl, user, password, maxPoolSize, timeout);
    }

    /** The URL without its parameters, which may carry secrets: safe for logs and error messages. */
    public String jdbcUrlWithoutParameters() {
        int parametersStart = jdbcUrl.length();
        for (char separator : new char[] {'?', ';'}) {
            int index = jdbcUrl.indexOf(separator);
            if (index >= 0) {
                parametersStart = Math.min(parametersStart, index);
            }
        }
        return jdbcUrl.substring(0, parametersStart);
    }

    /** Never shows the password, so settings can be logged. */
    @Override
    public String toString() {
        return "SqlSettings[jdbcUrl=" + jdbcUrlWithoutParameters() + ", user=" + user
                + ", maxPoolSize=" + maxPoolSize + ", connectionTimeout=" + connectionTimeout + "]";
    }
}

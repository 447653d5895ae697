package org.acme.users.adapter.persistence.sql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.cfg.AvailableSettings;

/**
 * The databases the adapter runs on, recognised by their JDBC URL, and what differs between them: the
 * migration scripts, how Hibernate stores ids and instants, and which driver settings bound every wait.
 */
enum SupportedDatabase {

    H2("org.h2.Driver", 10, Map.of(), Map.of(), "jdbc:h2:"),

    POSTGRESQL("org.postgresql.Driver", 10, Map.of(),
            // Seconds. The socket timeout outlasts the query timeout, so a slow query is cancelled cleanly first.
            // A query timeout sends its cancel over a new connection, and the statement waits for that to end:
            // on a network that swallows everything, the default cancel timeout (10 s) would add 10 s to a failure.
            Map.of("connectTimeout", "2", "loginTimeout", "3", "socketTimeout", "5", "cancelSignalTimeout", "2",
                    "tcpKeepAlive", "true"),
            "jdbc:postgresql:"),

    /** MySQL URLs go to the MariaDB driver too, which speaks to both servers. */
    MARIADB("org.mariadb.jdbc.Driver", 10,
            // MariaDB 10.7+ has a uuid type, but it does not sort in canonical order; BINARY(16) does.
            Map.of(AvailableSettings.PREFERRED_UUID_JDBC_TYPE, "BINARY"),
            Map.of("connectTimeout", "2000", "socketTimeout", "5000", "tcpKeepAlive", "true"),
            "jdbc:mariadb:", "jdbc:mysql:"),

    /** One writer at a time: a small pool, and writers queue on the busy timeout instead of failing at once. */
    SQLITE("org.sqlite.JDBC", 4,
            Map.of(AvailableSettings.DIALECT, "org.hibernate.community.dialect.SQLiteDialect",
                    // Canonical lower-case text sorts like the id; epoch milliseconds are exact and sort as numbers.
                    AvailableSettings.PREFERRED_UUID_JDBC_TYPE, "VARCHAR",
                    AvailableSettings.PREFERRED_INSTANT_JDBC_TYPE, "BIGINT"),
            Map.of("journal_mode", "WAL", "busy_timeout", "5000"),
            "jdbc:sqlite:");

    private static final String H2_IN_MEMORY_PREFIX = "jdbc:h2:mem:";
    private static final List<String> H2_SERVER_PREFIXES = List.of("jdbc:h2:tcp:", "jdbc:h2:ssl:");
    private static final String MYSQL_PREFIX = "jdbc:mysql:";

    private final String driverClassName;
    private final int defaultMaxPoolSize;
    private final Map<String, String> hibernateProperties;
    private final Map<String, String> driverProperties;
    private final List<String> urlPrefixes;

    SupportedDatabase(String driverClassName, int defaultMaxPoolSize, Map<String, String> hibernateProperties,
            Map<String, String> driverProperties, String... urlPrefixes) {
        this.driverClassName = driverClassName;
        this.defaultMaxPoolSize = defaultMaxPoolSize;
        this.hibernateProperties = hibernateProperties;
        this.driverProperties = driverProperties;
        this.urlPrefixes = List.of(urlPrefixes);
    }

    /** The database a URL points at; anything else is rejected with a message naming the setting. */
    static SupportedDatabase fromJdbcUrl(String jdbcUrl) {
        String lowerCaseUrl = jdbcUrl.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(database -> database.urlPrefixes.stream().anyMatch(lowerCaseUrl::startsWith))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("DATABASE_URL must be a JDBC URL starting with "
                        + supportedPrefixes() + "; got " + describeScheme(jdbcUrl)));
    }

    /** The URL to connect with: the given one, plus what the adapter needs to work at all. */
    String connectableUrl(String jdbcUrl) {
        String lowerCaseUrl = jdbcUrl.toLowerCase(Locale.ROOT);
        if (this == H2) {
            return inProcessH2Url(jdbcUrl, lowerCaseUrl);
        }
        if (this == MARIADB && lowerCaseUrl.startsWith(MYSQL_PREFIX) && !lowerCaseUrl.contains("permitmysqlscheme")) {
            return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "permitMysqlScheme";
        }
        return jdbcUrl;
    }

    /** An H2 database inside this JVM stays open until the adapter closes its pool. */
    private static String inProcessH2Url(String jdbcUrl, String lowerCaseUrl) {
        if (H2_SERVER_PREFIXES.stream().anyMatch(lowerCaseUrl::startsWith)) {
            return jdbcUrl;
        }
        String url = jdbcUrl;
        if (lowerCaseUrl.startsWith(H2_IN_MEMORY_PREFIX) && !lowerCaseUrl.contains("db_close_delay")) {
            // Otherwise the in-memory database, schema and all, vanishes whenever the pool retires its last connection.
            url += ";DB_CLOSE_DELAY=-1";
        }
        if (!lowerCaseUrl.contains("db_close_on_exit")) {
            // H2's own shutdown hook would close the database under the requests that a graceful stop lets finish.
            url += ";DB_CLOSE_ON_EXIT=FALSE";
        }
        return url;
    }

    /** Where this database's Flyway scripts are: types differ enough between engines to keep one set each. */
    String migrationLocation() {
        return "classpath:db/migration/" + name().toLowerCase(Locale.ROOT);
    }

    String driverClassName() {
        return driverClassName;
    }

    int defaultMaxPoolSize() {
        return defaultMaxPoolSize;
    }

    Map<String, String> hibernateProperties() {
        return hibernateProperties;
    }

    Map<String, String> driverProperties() {
        return driverProperties;
    }

    /** Only the scheme of a rejected URL is shown: the rest may hold a password. */
    private static String describeScheme(String jdbcUrl) {
        int schemeEnd = jdbcUrl.indexOf(':', jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:") ? "jdbc:".length() : 0);
        return schemeEnd < 0 ? "one without a scheme" : "one starting with " + jdbcUrl.substring(0, schemeEnd + 1);
    }

    private static String supportedPrefixes() {
        return Arrays.stream(values())
                .flatMap(database -> database.urlPrefixes.stream())
                .collect(Collectors.joining(", "));
    }
}

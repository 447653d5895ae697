package org.acme.users.adapter.persistence.sql.support;

import java.util.function.UnaryOperator;
import org.acme.users.adapter.persistence.sql.SqlSettings;

/**
 * A namespace of its own on a shared database server: a schema on PostgreSQL, a database on MariaDB. It is
 * created before the test and dropped after it, so runs never see each other's rows.
 */
public final class IsolatedServerDatabase implements NetworkDatabase {

    private final ServerDatabase server;
    private final UnaryOperator<JdbcUrls> scope;
    private final String dropStatement;

    private IsolatedServerDatabase(ServerDatabase server, UnaryOperator<JdbcUrls> scope, String dropStatement) {
        this.server = server;
        this.scope = scope;
        this.dropStatement = dropStatement;
    }

    /**
     * A schema on the PostgreSQL server named by {@code USERS_TEST_POSTGRES_URL}, {@code _USER} and
     * {@code _PASSWORD} (default: the local server, database {@code test}, user {@code postgres}).
     */
    public static IsolatedServerDatabase postgresSchema() {
        ServerDatabase server = ServerDatabase.fromEnvironment("PostgreSQL", "USERS_TEST_POSTGRES",
                "jdbc:postgresql://127.0.0.1:5432/test", 5432, "postgres");
        String schema = ServerDatabase.uniqueName();
        server.administer("CREATE SCHEMA " + schema);
        return new IsolatedServerDatabase(server, url -> url.withParameter("currentSchema", schema),
                "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /**
     * A database on the MariaDB server named by {@code USERS_TEST_MARIADB_URL}, {@code _USER} and
     * {@code _PASSWORD} (default: the local server, user {@code root}). Created with the server's default
     * character set and collation, so the migration alone must make the e-mail column exact.
     */
    public static IsolatedServerDatabase mariaDbDatabase() {
        ServerDatabase server = ServerDatabase.fromEnvironment("MariaDB", "USERS_TEST_MARIADB",
                "jdbc:mariadb://127.0.0.1:3306/test", 3306, "root");
        String database = ServerDatabase.uniqueName();
        server.administer("CREATE DATABASE " + database);
        return new IsolatedServerDatabase(server, url -> url.withDatabase(database),
                "DROP DATABASE IF EXISTS " + database);
    }

    @Override
    public SqlSettings settings() {
        return settingsAt(server.url());
    }

    @Override
    public String host() {
        return server.url().host();
    }

    @Override
    public int port() {
        return server.url().port();
    }

    @Override
    public SqlSettings settingsThrough(int relayPort) {
        return settingsAt(server.url().withAddress("127.0.0.1", relayPort));
    }

    @Override
    public void close() {
        server.administer(dropStatement);
    }

    private SqlSettings settingsAt(JdbcUrls url) {
        return SqlSettings.of(scope.apply(url).url(), server.user(), server.password());
    }
}

package org.acme.users.adapter.persistence.sql.support;

import org.acme.users.adapter.persistence.sql.SqlSettings;

/**
 * A database of its own on the MariaDB server named by {@code USERS_TEST_MARIADB_URL}, {@code _USER} and
 * {@code _PASSWORD} (default: the local server, user {@code root}). Created with the server's default
 * character set and collation, so the migration alone must make the e-mail column exact.
 */
public final class IsolatedMariaDbDatabase implements NetworkDatabase {

    private final ServerDatabase server;
    private final String database;

    private IsolatedMariaDbDatabase(ServerDatabase server, String database) {
        this.server = server;
        this.database = database;
    }

    public static IsolatedMariaDbDatabase create() {
        ServerDatabase server = ServerDatabase.fromEnvironment("MariaDB", "USERS_TEST_MARIADB",
                "jdbc:mariadb://127.0.0.1:3306/test", 3306, "root");
        String database = ServerDatabase.uniqueName();
        server.administer("CREATE DATABASE " + database);
        return new IsolatedMariaDbDatabase(server, database);
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
        server.administer("DROP DATABASE IF EXISTS " + database);
    }

    private SqlSettings settingsAt(JdbcUrls url) {
        return SqlSettings.of(url.withDatabase(database).url(), server.user(), server.password());
    }
}

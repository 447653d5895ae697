package org.acme.users.adapter.persistence.sql.support;

import org.acme.users.adapter.persistence.sql.SqlSettings;

/**
 * A schema of its own on the PostgreSQL server named by {@code USERS_TEST_POSTGRES_URL}, {@code _USER} and
 * {@code _PASSWORD} (default: the local server, database {@code test}, user {@code postgres}).
 */
public final class IsolatedPostgresSchema implements NetworkDatabase {

    private final ServerDatabase server;
    private final String schema;

    private IsolatedPostgresSchema(ServerDatabase server, String schema) {
        this.server = server;
        this.schema = schema;
    }

    public static IsolatedPostgresSchema create() {
        ServerDatabase server = ServerDatabase.fromEnvironment("PostgreSQL", "USERS_TEST_POSTGRES",
                "jdbc:postgresql://127.0.0.1:5432/test", 5432, "postgres");
        String schema = ServerDatabase.uniqueName();
        server.administer("CREATE SCHEMA " + schema);
        return new IsolatedPostgresSchema(server, schema);
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
        server.administer("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private SqlSettings settingsAt(JdbcUrls url) {
        return SqlSettings.of(url.withParameter("currentSchema", schema).url(), server.user(), server.password());
    }
}

package org.acme.users.bootstrap.e2e;

import java.util.Optional;
import org.acme.users.bootstrap.config.Persistence;
import org.acme.users.bootstrap.config.Settings;

/** Settings for a service under test: a free port on the loopback interface. */
final class TestSettings {

    private TestSettings() {
    }

    static Settings sql(String jdbcUrl, String user, String password) {
        return new Settings(Persistence.SQL, jdbcUrl, user, password, Optional.empty(), "users", 0, "127.0.0.1");
    }

    static Settings mongo(String connectionString, String database) {
        return new Settings(Persistence.MONGO, "jdbc:h2:mem:unused", "", "", Optional.of(connectionString), database,
                0, "127.0.0.1");
    }
}

package org.acme.users.bootstrap.packaged;

import java.util.Map;
import org.acme.users.bootstrap.reliability.ScratchPostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** SIGTERM under load with PERSISTENCE=sql on PostgreSQL, in a database of its own. */
class SigtermUnderLoadOnPostgresIT extends SigtermUnderLoadIT {

    private ScratchPostgresDatabase database;

    @BeforeEach
    void createDatabase() {
        database = ScratchPostgresDatabase.create("users_sigterm");
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("PORT", "0",
                "DATABASE_URL", database.jdbcUrl(ScratchPostgresDatabase.HOST, ScratchPostgresDatabase.PORT),
                "DATABASE_USER", ScratchPostgresDatabase.USER);
    }
}

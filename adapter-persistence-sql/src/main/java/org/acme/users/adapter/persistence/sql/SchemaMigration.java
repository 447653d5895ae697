package org.acme.users.adapter.persistence.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the schema with the versioned Flyway scripts of the database at hand. This is the
 * only way the schema changes: Hibernate merely validates it, so what runs in production is what was reviewed.
 */
final class SchemaMigration {

    private SchemaMigration() {
    }

    /** Applies the scripts not yet applied; on an up-to-date schema it only reads Flyway's history table. */
    static void migrate(DataSource dataSource, SupportedDatabase database) {
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(database.migrationLocation())
                .placeholders(Map.of("exactCollation", exactCollation(dataSource, database)))
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /**
     * The MariaDB/MySQL collation that compares text as its bytes, trailing spaces included, for the scripts'
     * {@code ${exactCollation}}: MariaDB and MySQL name it differently, and both serve {@code jdbc:mysql:} URLs.
     * The older {@code utf8mb4_bin} ignores trailing spaces, so it would take {@code "ada "} for {@code "ada"}.
     */
    private static String exactCollation(DataSource dataSource, SupportedDatabase database) {
        if (database != SupportedDatabase.MARIADB) {
            return "";
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean mariaDb = connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
            return mariaDb ? "utf8mb4_nopad_bin" : "utf8mb4_0900_bin";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell MariaDB from MySQL before migrating the schema", e);
        }
    }
}

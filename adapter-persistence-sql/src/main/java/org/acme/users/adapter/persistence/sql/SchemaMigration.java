package org.acme.users.adapter.persistence.sql;

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
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}

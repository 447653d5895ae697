package org.acme.users.adapter.persistence.sql;

import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Boots Hibernate over the pool without a container or {@code persistence.xml}. */
final class HibernateSessionFactory {

    private static final String PERSISTENCE_UNIT = "users";

    private HibernateSessionFactory() {
    }

    /**
     * Builds the session factory and validates the schema against the mapping, so a missing migration fails
     * at start-up and not on the first request.
     *
     * @param extraProperties settings layered on top of the adapter's own, e.g. a statement inspector in tests
     */
    static SessionFactory build(DataSource dataSource, SupportedDatabase database, Map<String, ?> extraProperties) {
        return new HibernatePersistenceConfiguration(PERSISTENCE_UNIT)
                .managedClass(UserEntity.class)
                // Passed as an object under this key: Hibernate 7.4 ignores PersistenceConfiguration.JDBC_DATASOURCE.
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .property(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                // Single-statement changes run in auto-commit mode: see SqlUserRepository.
                .property(AvailableSettings.ALLOW_UPDATE_OUTSIDE_TRANSACTION, true)
                // Every failure is translated at the port; the expected ones (a taken address) are not worth a
                // warning that quotes the address, and the unexpected ones travel on as the cause.
                .property(AvailableSettings.LOG_JDBC_ERRORS, false)
                .properties(database.hibernateProperties())
                .properties(extraProperties)
                .createEntityManagerFactory();
    }
}

package org.acme.users.bootstrap.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.persistence.spi.OpenedPersistence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The persistence adapter that {@code PERSISTENCE} chose, opened on its settings, whichever adapter it is. */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Bean(destroyMethod = "close")
    OpenedPersistence openedPersistence(Settings settings, MeterRegistry meters) {
        OpenedPersistence persistence = settings.persistence().open(settings.persistenceSettings());
        try {
            persistence.poolMetrics().bindTo(meters);
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
        return persistence;
    }

    /** The adapter's own repository; the use cases get it timed, as {@code meteredUserRepository}. */
    @Bean
    UserRepository userRepository(OpenedPersistence persistence) {
        return persistence.userRepository();
    }

    @Bean
    DatabaseHealth databaseHealth(OpenedPersistence persistence) {
        return persistence.databaseHealth();
    }
}

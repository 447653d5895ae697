package org.acme.users.bootstrap.wiring;

import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.acme.users.adapter.persistence.sql.SqlPersistence;
import org.acme.users.adapter.persistence.sql.SqlSettings;
import org.acme.users.bootstrap.config.InvalidSettingException;
import org.acme.users.bootstrap.config.SettingName;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code PERSISTENCE=sql}: the Hibernate adapter on {@code DATABASE_URL} (an H2 file under ./data by default). */
@Configuration(proxyBeanMethods = false)
public class SqlPersistenceConfiguration {

    @Bean(destroyMethod = "close")
    SqlPersistence sqlPersistence(Settings settings, MeterRegistry meters) {
        String url = SettingName.DATABASE_URL.name();
        SqlSettings sqlSettings;
        try {
            sqlSettings = SqlSettings.of(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
        } catch (IllegalArgumentException malformed) {
            throw new InvalidSettingException(url, malformed.getMessage(), malformed);
        }
        SqlPersistence persistence;
        try {
            persistence = SqlPersistence.connect(sqlSettings);
        } catch (IllegalArgumentException unsupported) {
            throw new InvalidSettingException(url, unsupported.getMessage(), unsupported);
        } catch (RuntimeException unreachable) {
            // The adapter reports an unreachable database or a schema it cannot migrate as IllegalStateException.
            throw new InvalidSettingException(url, "cannot use the database at "
                    + sqlSettings.jdbcUrlWithoutParameters() + ": " + unreachable.getMessage(), unreachable);
        }
        persistence.reportPoolMetrics(new MicrometerMetricsTrackerFactory(meters));
        return persistence;
    }

    @Bean
    UserRepository userRepository(SqlPersistence persistence) {
        return persistence.userRepository();
    }

    @Bean
    DatabaseHealth databaseHealth(SqlPersistence persistence) {
        return persistence.databaseHealth();
    }
}

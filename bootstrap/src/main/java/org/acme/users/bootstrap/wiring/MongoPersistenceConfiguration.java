package org.acme.users.bootstrap.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsConnectionPoolListener;
import org.acme.users.adapter.persistence.mongo.MongoPersistence;
import org.acme.users.adapter.persistence.mongo.MongoSettings;
import org.acme.users.bootstrap.config.InvalidSettingException;
import org.acme.users.bootstrap.config.SettingName;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code PERSISTENCE=mongo}: the MongoDB adapter, on {@code MONGODB_URI} or on an embedded server. */
@Configuration(proxyBeanMethods = false)
public class MongoPersistenceConfiguration {

    @Bean(destroyMethod = "close")
    MongoEndpoint mongoEndpoint(Settings settings) {
        return settings.mongodbUri()
                .map(MongoEndpoint::external)
                .orElseGet(MongoEndpoint::embedded);
    }

    /** Depends on the endpoint, so Spring closes the client before it stops an embedded server. */
    @Bean(destroyMethod = "close")
    MongoPersistence mongoPersistence(MongoEndpoint endpoint, Settings settings, MeterRegistry meters) {
        SettingName uriSetting = SettingName.MONGODB_URI;
        MongoSettings mongoSettings;
        try {
            mongoSettings = MongoSettings.of(endpoint.connectionString(), settings.mongodbDatabase());
        } catch (IllegalArgumentException malformed) {
            throw new InvalidSettingException(uriSetting.name(), malformed.getMessage(), malformed);
        }
        try {
            return MongoPersistence.connect(mongoSettings, new MongoMetricsConnectionPoolListener(meters));
        } catch (IllegalArgumentException badDatabaseName) {
            throw new InvalidSettingException(SettingName.MONGODB_DATABASE.name(), badDatabaseName.getMessage(),
                    badDatabaseName);
        } catch (RepositoryUnavailableException unreachable) {
            throw new InvalidSettingException(uriSetting.name(),
                    "cannot reach MongoDB at " + mongoSettings + ": " + unreachable.getMessage(), unreachable);
        }
    }

    @Bean
    UserRepository userRepository(MongoPersistence persistence) {
        return persistence.userRepository();
    }

    @Bean
    DatabaseHealth databaseHealth(MongoPersistence persistence) {
        return persistence.databaseHealth();
    }
}

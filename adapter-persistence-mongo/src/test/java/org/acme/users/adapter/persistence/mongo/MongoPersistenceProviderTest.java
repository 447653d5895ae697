package org.acme.users.adapter.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.OpenedPersistence;
import org.acme.users.persistence.spi.SettingValues;
import org.acme.users.persistence.spi.TestDatabase;
import org.junit.jupiter.api.Test;

/** {@code PERSISTENCE=mongo} as the service sees it: one name, its settings, and refusals that name the setting. */
class MongoPersistenceProviderTest {

    private final MongoPersistenceProvider provider = new MongoPersistenceProvider();

    @Test
    void opensOnItsOwnTestDatabaseAndReportsItselfUnderItsName() {
        try (TestDatabase database = provider.testDatabases().get(0).create();
                OpenedPersistence opened = provider.open(SettingValues.of(database.settings()))) {
            assertThat(opened.databaseHealth().check().adapter()).isEqualTo(provider.name()).isEqualTo("mongo");
            assertThat(opened.userRepository().findPage(Optional.empty(), 1)).isEmpty();
        }
    }

    @Test
    void refusesAMalformedConnectionStringNamingMongodbUri() {
        assertThatThrownBy(() -> provider.open(SettingValues.of(Map.of("MONGODB_URI", "mongodb:/nowhere",
                "MONGODB_DATABASE", "users"))))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        refused -> assertThat(refused.setting()).isEqualTo("MONGODB_URI"));
    }

    @Test
    void refusesABlankDatabaseNamingMongodbDatabase() {
        assertThatThrownBy(() -> provider.open(SettingValues.of(Map.of("MONGODB_URI", "mongodb://127.0.0.1:1",
                "MONGODB_DATABASE", " "))))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        refused -> assertThat(refused.setting()).isEqualTo("MONGODB_DATABASE"));
    }

    @Test
    void refusesAServerThatDoesNotAnswerNamingMongodbUriWithoutItsPassword() {
        assertThatThrownBy(() -> provider.open(SettingValues.of(Map.of(
                "MONGODB_URI", "mongodb://app:s3cret@127.0.0.1:1/?serverSelectionTimeoutMS=500",
                "MONGODB_DATABASE", "users"))))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        refused -> assertThat(refused.setting()).isEqualTo("MONGODB_URI"))
                .hasMessageNotContaining("s3cret");
    }
}

package org.acme.users.adapter.persistence.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.OpenedPersistence;
import org.acme.users.persistence.spi.Setting;
import org.acme.users.persistence.spi.SettingValues;
import org.acme.users.persistence.spi.TestDatabase;
import org.junit.jupiter.api.Test;

/** {@code PERSISTENCE=sql} as the service sees it: one name, its settings, and refusals that name the setting. */
class SqlPersistenceProviderTest {

    private final SqlPersistenceProvider provider = new SqlPersistenceProvider();

    @Test
    void declaresItsSettingsWithThePasswordSecret() {
        assertThat(provider.settings()).extracting(Setting::name)
                .containsExactly("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD");
        assertThat(provider.settings()).filteredOn(Setting::secret).extracting(Setting::name)
                .containsExactly("DATABASE_PASSWORD");
    }

    @Test
    void opensOnItsOwnTestDatabaseAndReportsItselfUnderItsName() {
        try (TestDatabase database = provider.testDatabases().get(0).create();
                OpenedPersistence opened = provider.open(SettingValues.of(database.settings()))) {
            assertThat(opened.databaseHealth().check().adapter()).isEqualTo(provider.name()).isEqualTo("sql");
            assertThat(opened.userRepository().findPage(Optional.empty(), 1)).isEmpty();
        }
    }

    @Test
    void refusesSomethingThatIsNoJdbcUrlNamingDatabaseUrl() {
        assertThatThrownBy(() -> provider.open(values("postgres://app:s3cret@db/users")))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        refused -> assertThat(refused.setting()).isEqualTo("DATABASE_URL"))
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void refusesADatabaseItCannotReachNamingDatabaseUrlWithoutItsParameters() {
        assertThatThrownBy(() -> provider.open(values(
                "jdbc:postgresql://127.0.0.1:1/users?password=s3cret&connectTimeout=1")))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        refused -> assertThat(refused.setting()).isEqualTo("DATABASE_URL"))
                .hasMessageStartingWith("DATABASE_URL: the database at jdbc:postgresql://127.0.0.1:1/users: ")
                .hasMessageNotContaining("s3cret");
    }

    private static SettingValues values(String url) {
        return SettingValues.of(Map.of("DATABASE_URL", url, "DATABASE_USER", "", "DATABASE_PASSWORD", ""));
    }
}

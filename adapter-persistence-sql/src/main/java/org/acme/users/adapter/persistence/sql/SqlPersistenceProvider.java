package org.acme.users.adapter.persistence.sql;

import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import java.util.List;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.OpenedPersistence;
import org.acme.users.persistence.spi.PersistenceProvider;
import org.acme.users.persistence.spi.Setting;
import org.acme.users.persistence.spi.SettingValues;
import org.acme.users.persistence.spi.TestDatabaseKind;

/** {@code PERSISTENCE=sql}: the Hibernate adapter on {@code DATABASE_URL}, an H2 file under ./data by default. */
public final class SqlPersistenceProvider implements PersistenceProvider {

    static final String NAME = "sql";

    static final Setting DATABASE_URL = Setting.withDefault("DATABASE_URL", "jdbc:h2:file:./data/users",
            "JDBC URL of an H2, PostgreSQL, MySQL/MariaDB or SQLite database");
    static final Setting DATABASE_USER = Setting.withDefault("DATABASE_USER", "", "user for DATABASE_URL");
    static final Setting DATABASE_PASSWORD = Setting.secret("DATABASE_PASSWORD", "password for DATABASE_URL");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Setting> settings() {
        return List.of(DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD);
    }

    @Override
    public OpenedPersistence open(SettingValues values) {
        SqlSettings settings = settingsFrom(values);
        SqlPersistence persistence;
        try {
            persistence = SqlPersistence.connect(settings);
        } catch (IllegalArgumentException unsupported) {
            throw new InvalidSettingException(DATABASE_URL.name(), unsupported.getMessage(), unsupported);
        } catch (IllegalStateException unusable) {
            throw new InvalidSettingException(DATABASE_URL.name(), unusable.getMessage(), unusable);
        }
        return new OpenedPersistence(persistence.userRepository(), persistence.databaseHealth(),
                registry -> persistence.reportPoolMetrics(new MicrometerMetricsTrackerFactory(registry)),
                persistence);
    }

    private static SqlSettings settingsFrom(SettingValues values) {
        String url = values.get(DATABASE_URL).strip();
        if (!url.startsWith("jdbc:") || url.length() <= "jdbc:".length()) {
            throw new InvalidSettingException(DATABASE_URL.name(),
                    "must be a JDBC URL such as jdbc:postgresql://host:5432/db");
        }
        try {
            return SqlSettings.of(url, values.get(DATABASE_USER), values.get(DATABASE_PASSWORD));
        } catch (IllegalArgumentException malformed) {
            throw new InvalidSettingException(DATABASE_URL.name(), malformed.getMessage(), malformed);
        }
    }

    @Override
    public List<TestDatabaseKind> testDatabases() {
        return List.of(SqlTestDatabases.h2Files(), SqlTestDatabases.postgresql());
    }
}

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
    static final Setting DATABASE_POOL_SIZE = Setting.optional("DATABASE_POOL_SIZE",
            "most connections open to the database at once; 10 by default, 4 on SQLite");

    /** More than any database server here serves well at once; a typo such as 10000 is refused, not tried. */
    private static final int LARGEST_POOL_SIZE = 500;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Setting> settings() {
        return List.of(DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD, DATABASE_POOL_SIZE);
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
        SqlSettings settings;
        try {
            settings = SqlSettings.of(url, values.get(DATABASE_USER), values.get(DATABASE_PASSWORD));
        } catch (IllegalArgumentException malformed) {
            throw new InvalidSettingException(DATABASE_URL.name(), malformed.getMessage(), malformed);
        }
        return values.findNotBlank(DATABASE_POOL_SIZE)
                .map(size -> settings.withMaxPoolSize(poolSize(size)))
                .orElse(settings);
    }

    private static int poolSize(String text) {
        try {
            int size = Integer.parseInt(text);
            if (size >= 1 && size <= LARGEST_POOL_SIZE) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, like a number out of range
        }
        throw new InvalidSettingException(DATABASE_POOL_SIZE.name(),
                "must be a whole number from 1 to " + LARGEST_POOL_SIZE + ", not '" + text + "'");
    }

    @Override
    public List<TestDatabaseKind> testDatabases() {
        return List.of(SqlTestDatabases.h2Files(), SqlTestDatabases.postgresql());
    }
}

package org.acme.users.adapter.persistence.redis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.OpenedPersistence;
import org.acme.users.persistence.spi.PersistenceProvider;
import org.acme.users.persistence.spi.Setting;
import org.acme.users.persistence.spi.SettingValues;
import org.acme.users.persistence.spi.TestDatabaseKind;

/** {@code PERSISTENCE=redis}: the Redis adapter, on {@code REDIS_URL} or, without it, on an embedded server. */
public final class RedisPersistenceProvider implements PersistenceProvider {

    static final Setting URL = Setting.optional("REDIS_URL",
            "redis://[user:password@]host:port[/db] or rediss://... of the server or of any node of a cluster;"
                    + " unset starts an embedded Redis for trying out, with its data in ./data/redis");
    static final Setting KEY_PREFIX = Setting.withDefault("REDIS_KEY_PREFIX", RedisSettings.DEFAULT_KEY_PREFIX,
            "put before every key, so services can share a server: letters, digits and _ . : - (no braces)");
    static final Setting WAIT_REPLICAS = Setting.withDefault("REDIS_WAIT_REPLICAS", "0",
            "replicas that must confirm each write (WAIT) before it is acknowledged; 0 acknowledges what the"
                    + " primary has, which a fail-over can lose");

    private final Path embeddedDataDirectory;

    public RedisPersistenceProvider() {
        this(EmbeddedRedis.DATA_DIRECTORY);
    }

    /** With the embedded server's data somewhere else than {@code ./data/redis}. */
    RedisPersistenceProvider(Path embeddedDataDirectory) {
        this.embeddedDataDirectory = embeddedDataDirectory;
    }

    @Override
    public String name() {
        return RedisDatabaseHealth.ADAPTER;
    }

    @Override
    public List<Setting> settings() {
        return List.of(URL, KEY_PREFIX, WAIT_REPLICAS);
    }

    @Override
    public OpenedPersistence open(SettingValues values) {
        Optional<String> url = values.findNotBlank(URL);
        EmbeddedRedis embedded = url.isPresent() ? null : startEmbedded(embeddedDataDirectory);
        try {
            RedisSettings settings = settingsOf(embedded == null ? url.get() : embedded.url(), values);
            RedisPersistence persistence = connect(settings);
            return new OpenedPersistence(persistence.userRepository(), persistence.databaseHealth(),
                    persistence.poolMetrics(), () -> {
                        try {
                            persistence.close();
                        } finally {
                            if (embedded != null) {
                                embedded.close();
                            }
                        }
                    });
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    @Override
    public List<TestDatabaseKind> testDatabases() {
        return List.of(new LocalServerTestDatabases(), new LocalClusterTestDatabases());
    }

    private static EmbeddedRedis startEmbedded(Path dataDirectory) {
        try {
            return EmbeddedRedis.start(dataDirectory);
        } catch (IOException | RuntimeException e) {
            throw new InvalidSettingException(URL.name(), "is not set, and the embedded Redis server could not start"
                    + " here (" + e.getMessage() + "); set REDIS_URL to a Redis server", e);
        }
    }

    private static RedisSettings settingsOf(String url, SettingValues values) {
        RedisSettings settings;
        try {
            settings = RedisSettings.of(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(URL.name(), e.getMessage(), e);
        }
        try {
            settings = settings.withKeyPrefix(values.get(KEY_PREFIX));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(KEY_PREFIX.name(), e.getMessage(), e);
        }
        String replicas = values.get(WAIT_REPLICAS).strip();
        try {
            return settings.withWaitReplicas(Integer.parseInt(replicas));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(WAIT_REPLICAS.name(),
                    "must be a whole number of replicas, 0 or more: " + replicas, e);
        }
    }

    private static RedisPersistence connect(RedisSettings settings) {
        try {
            return RedisPersistence.connect(settings);
        } catch (RepositoryUnavailableException | IllegalStateException e) {
            throw new InvalidSettingException(URL.name(), "cannot use Redis at " + settings.address() + ": "
                    + e.getMessage(), e);
        }
    }
}

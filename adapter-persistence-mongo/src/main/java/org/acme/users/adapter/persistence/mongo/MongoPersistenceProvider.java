package org.acme.users.adapter.persistence.mongo;

import io.micrometer.core.instrument.binder.mongodb.MongoMetricsConnectionPoolListener;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code PERSISTENCE=mongo}: the MongoDB adapter on {@code MONGODB_URI}, or, without one, on an embedded emulator of
 * MongoDB's wire protocol that keeps its data in {@code ./data/mongo.mv}.
 */
public final class MongoPersistenceProvider implements PersistenceProvider {

    static final String NAME = "mongo";

    static final Setting MONGODB_URI = Setting.optional("MONGODB_URI",
            "connection string; without it an embedded MongoDB emulator serves, for trying out only");
    static final Setting MONGODB_DATABASE = Setting.withDefault("MONGODB_DATABASE", "users",
            "database that holds the users collection");

    static final Path EMBEDDED_DATA_FILE = Path.of("data", "mongo.mv");

    private static final Logger LOG = LoggerFactory.getLogger(MongoPersistenceProvider.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Setting> settings() {
        return List.of(MONGODB_URI, MONGODB_DATABASE);
    }

    @Override
    public OpenedPersistence open(SettingValues values) {
        String databaseName = values.get(MONGODB_DATABASE).strip();
        Optional<String> uri = values.findNotBlank(MONGODB_URI);
        if (uri.isPresent()) {
            return open(settings(uri.get(), databaseName), () -> { });
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.inFile(EMBEDDED_DATA_FILE);
        LOG.warn("MONGODB_URI is not set: serving from an embedded emulator of MongoDB's wire protocol with its data"
                + " in {}. It is not MongoDB and is for trying the service out only; set MONGODB_URI for real use.",
                EMBEDDED_DATA_FILE);
        try {
            return openEmbedded(server.settingsFor(settings(server.connectionString(), databaseName)), server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Opens the adapter on the emulator, which is listening already: a start-up check that found it unavailable
     * (the check waits 1.5 s, as for a load balancer's probe) met a busy machine, such as a cold JVM on starved
     * cores, so it is tried again until the emulator's patience is used up.
     */
    private static OpenedPersistence openEmbedded(MongoSettings settings, EmbeddedMongoServer server) {
        long deadline = System.nanoTime() + EmbeddedMongoServer.PATIENCE.toNanos();
        while (true) {
            try {
                return open(settings, server);
            } catch (InvalidSettingException e) {
                if (!(e.getCause() instanceof RepositoryUnavailableException) || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                LOG.info("The embedded emulator did not answer the start-up check in time; asking again.");
            }
        }
    }

    private static MongoSettings settings(String uri, String databaseName) {
        if (databaseName.isEmpty()) {
            throw new InvalidSettingException(MONGODB_DATABASE.name(), "must not be empty");
        }
        try {
            return MongoSettings.of(uri, databaseName);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidSettingException(MONGODB_URI.name(), malformed.getMessage(), malformed);
        }
    }

    /**
     * The pool's meters are recorded from the first connection on, into a registry of the adapter's own that the
     * service's registry joins when it binds them: Micrometer copies every meter already there into the joiner.
     *
     * @param server closed after the client, e.g. the embedded emulator
     */
    private static OpenedPersistence open(MongoSettings settings, AutoCloseable server) {
        CompositeMeterRegistry poolMeters = new CompositeMeterRegistry();
        MongoPersistence persistence;
        try {
            persistence = MongoPersistence.connect(settings, new MongoMetricsConnectionPoolListener(poolMeters));
        } catch (IllegalArgumentException badDatabaseName) {
            throw new InvalidSettingException(MONGODB_DATABASE.name(), badDatabaseName.getMessage(), badDatabaseName);
        } catch (RepositoryUnavailableException | IllegalStateException unusable) {
            throw new InvalidSettingException(MONGODB_URI.name(),
                    "cannot use MongoDB at " + settings + ": " + unusable.getMessage(), unusable);
        }
        AutoCloseable clientThenServer = () -> {
            try (server) {
                persistence.close();
            }
        };
        return new OpenedPersistence(persistence.userRepository(), persistence.databaseHealth(), poolMeters::add,
                clientThenServer);
    }

    @Override
    public List<TestDatabaseKind> testDatabases() {
        return MongoTestDatabases.kinds();
    }
}

package org.acme.users.adapter.persistence.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acme.users.persistence.spi.TestDatabase;
import org.acme.users.persistence.spi.TestDatabaseKind;
import org.bson.Document;

/**
 * The databases the service's tests run the MongoDB adapter on: the embedded emulator in memory, and, when the
 * environment names one in {@code MONGODB_URI}, a database of its own on a real MongoDB, dropped afterwards.
 */
final class MongoTestDatabases {

    private MongoTestDatabases() {
    }

    static List<TestDatabaseKind> kinds() {
        List<TestDatabaseKind> kinds = new ArrayList<>();
        kinds.add(TestDatabaseKind.of("mongo on the embedded emulator", OnEmbeddedEmulator::new));
        String realServer = System.getenv(MongoPersistenceProvider.MONGODB_URI.name());
        if (realServer != null && !realServer.isBlank()) {
            kinds.add(TestDatabaseKind.of("mongo on MONGODB_URI", () -> new OnRealServer(realServer)));
        }
        return kinds;
    }

    private static Map<String, String> mongoSettings(String uri, String database) {
        return Map.of(MongoPersistenceProvider.MONGODB_URI.name(), uri,
                MongoPersistenceProvider.MONGODB_DATABASE.name(), database);
    }

    private static final class OnEmbeddedEmulator implements TestDatabase {

        private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();

        /**
         * Answers one command with the driver's patient defaults first: a fresh emulator in a busy JVM can take
         * longer for its first answer than the adapter's start-up allows, which is not what the tests are about.
         */
        OnEmbeddedEmulator() {
            try (MongoClient client = MongoClients.create(server.connectionString())) {
                client.getDatabase("admin").runCommand(new Document("ping", 1));
            }
        }

        @Override
        public Map<String, String> settings() {
            return mongoSettings(server.connectionString(), "users");
        }

        @Override
        public Optional<InetSocketAddress> serverAddress() {
            return Optional.of(server.address());
        }

        @Override
        public Map<String, String> settingsVia(InetSocketAddress address) {
            return mongoSettings("mongodb://" + address.getHostString() + ":" + address.getPort(), "users");
        }

        @Override
        public void close() {
            server.close();
        }
    }

    /** A single server or one member of a replica set; a relay in front of it makes the driver connect directly. */
    private static final class OnRealServer implements TestDatabase {

        private final String uri;
        private final String database = "users_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

        OnRealServer(String uri) {
            this.uri = uri;
        }

        @Override
        public Map<String, String> settings() {
            return mongoSettings(uri, database);
        }

        @Override
        public Optional<InetSocketAddress> serverAddress() {
            String host = new ConnectionString(uri).getHosts().get(0);
            int colon = host.lastIndexOf(':');
            return colon < 0 ? Optional.of(InetSocketAddress.createUnresolved(host, 27017))
                    : Optional.of(InetSocketAddress.createUnresolved(host.substring(0, colon),
                            Integer.parseInt(host.substring(colon + 1))));
        }

        @Override
        public Map<String, String> settingsVia(InetSocketAddress address) {
            ConnectionString parsed = new ConnectionString(uri);
            String credentials = parsed.getCredential() == null ? "" : parsed.getCredential().getUserName() + ":"
                    + String.valueOf(parsed.getCredential().getPassword()) + "@";
            return mongoSettings("mongodb://" + credentials + address.getHostString() + ":" + address.getPort()
                    + "/?directConnection=true", database);
        }

        @Override
        public void close() {
            try (MongoClient client = MongoClients.create(uri)) {
                client.getDatabase(database).drop();
            }
        }
    }
}

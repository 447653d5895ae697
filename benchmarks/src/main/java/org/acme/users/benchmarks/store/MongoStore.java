package org.acme.users.benchmarks.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.List;
import org.acme.users.adapter.persistence.mongo.MongoPersistence;
import org.acme.users.adapter.persistence.mongo.MongoSettings;
import org.acme.users.domain.model.UserId;
import org.bson.Document;
import org.bson.UuidRepresentation;

/**
 * A MongoDB database with the adapter on it, which creates the unique e-mail index, and a raw client of its own,
 * with the adapter's UUID representation and write concern, on the same {@code users} collection.
 */
public final class MongoStore implements BenchmarkStore {

    private static final int DOCUMENTS_PER_INSERT = 1000;

    private final MongoPersistence adapter;
    private final MongoClient client;
    private final AutoCloseable server;
    private final UserOperations port;
    private final MongoOperations raw;
    private final String product;

    private MongoStore(MongoPersistence adapter, MongoClient client, MongoCollection<Document> users,
            AutoCloseable server) {
        this.adapter = adapter;
        this.client = client;
        this.server = server;
        this.port = new PortOperations(adapter.userRepository());
        this.raw = new MongoOperations(users);
        this.product = adapter.databaseHealth().check().database();
    }

    /** Starts the in-memory server in this JVM; it starts empty, so it is seeded every time. */
    public static MongoStore openEmbedded(String label, int users) {
        EmbeddedMongo server = new EmbeddedMongo();
        try {
            return open(label, server.connectionString(), "users_bench", users, server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Opens a database on a real server, seeding it unless it holds exactly the seed users. */
    public static MongoStore open(String label, String connectionString, String databaseName, int users) {
        return open(label, connectionString, databaseName, users, () -> { });
    }

    private static MongoStore open(String label, String connectionString, String databaseName, int users,
            AutoCloseable server) {
        MongoPersistence adapter = MongoPersistence.connect(MongoSettings.of(connectionString, databaseName));
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .writeConcern(MongoSettings.DEFAULT_WRITE_CONCERN)
                .build());
        try {
            MongoCollection<Document> collection = client.getDatabase(databaseName).getCollection("users");
            SeededData.ensure(label, users, collection.countDocuments(), adapter.userRepository(),
                    seedUsers -> replaceAllWithSeedUsers(collection, seedUsers));
            MongoStore store = new MongoStore(adapter, client, collection, server);
            RunLog.note("database", label, store.product);
            return store;
        } catch (RuntimeException e) {
            client.close();
            adapter.close();
            throw new IllegalStateException("cannot open " + label + ": " + e.getMessage(), e);
        }
    }

    @Override
    public UserOperations port() {
        return port;
    }

    @Override
    public UserOperations raw() {
        return raw;
    }

    @Override
    public void discard(UserId id) {
        raw.discard(id);
    }

    @Override
    public String product() {
        return product;
    }

    @Override
    public void close() {
        try {
            client.close();
            adapter.close();
        } finally {
            try {
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop the embedded server", e);
            }
        }
    }

    /** Unordered batches of a thousand documents: the server may apply each batch in any order, which is faster. */
    private static void replaceAllWithSeedUsers(MongoCollection<Document> users, int count) {
        users.deleteMany(new Document());
        InsertManyOptions unordered = new InsertManyOptions().ordered(false);
        List<Document> batch = new ArrayList<>(DOCUMENTS_PER_INSERT);
        for (int i = 0; i < count; i++) {
            batch.add(MongoOperations.toDocument(SeedUsers.number(i)));
            if (batch.size() == DOCUMENTS_PER_INSERT || i == count - 1) {
                users.insertMany(batch, unordered);
                batch.clear();
            }
        }
    }
}

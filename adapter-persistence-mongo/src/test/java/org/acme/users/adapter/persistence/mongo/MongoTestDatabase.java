package org.acme.users.adapter.persistence.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.acme.users.domain.port.UserRepository;
import org.bson.BsonDocument;

/**
 * A database of its own for one test class, named uniquely per run and dropped at the end: the adapter connected
 * to it, and a second client that looks at the stored documents directly.
 */
final class MongoTestDatabase implements AutoCloseable {

    private final MongoPersistence persistence;
    private final MongoClient inspector;
    private final MongoDatabase database;

    private MongoTestDatabase(MongoPersistence persistence, MongoClient inspector, MongoDatabase database) {
        this.persistence = persistence;
        this.inspector = inspector;
        this.database = database;
    }

    static MongoTestDatabase create(String connectionString) {
        MongoSettings settings = MongoSettings.of(connectionString, uniqueName());
        MongoClient inspector = MongoClients.create(settings.toClientSettings());
        return new MongoTestDatabase(
                MongoPersistence.connect(settings), inspector, inspector.getDatabase(settings.databaseName()));
    }

    static String uniqueName() {
        return "users_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    MongoPersistence persistence() {
        return persistence;
    }

    /** Removes every user but keeps the collection and its indexes, as the adapter made them. */
    UserRepository emptyRepository() {
        storedUsers().deleteMany(new BsonDocument());
        return persistence.userRepository();
    }

    MongoCollection<BsonDocument> storedUsers() {
        return database.getCollection(UserDocument.COLLECTION, BsonDocument.class);
    }

    @Override
    public void close() {
        try {
            database.drop();
        } finally {
            inspector.close();
            persistence.close();
        }
    }
}

package org.acme.users.adapter.persistence.mongo;

import static com.mongodb.client.model.Indexes.ascending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import java.time.Instant;
import java.util.UUID;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * How a user is stored: one document per user in the {@code users} collection, keyed by its id. The driver's
 * record codec encodes it (which is why it is public): the id as a standard binary UUID (subtype 4), whose byte
 * order is the id order of the port, and the timestamps as BSON dates, which hold exactly the domain's milliseconds.
 * A user without an owner has no {@code owner} field at all: the codec leaves a null component out.
 */
public record UserDocument(@BsonId UUID id, String email, String name, OwnerDocument owner, Instant createdAt,
        Instant updatedAt, long version) {

    static final String COLLECTION = "users";
    static final String ID = "_id";
    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String OWNER_ISSUER = "owner.issuer";
    static final String OWNER_SUBJECT = "owner.subject";
    static final String UPDATED_AT = "updatedAt";
    static final String VERSION = "version";
    static final String EMAIL_INDEX = "email_unique";
    static final String OWNER_INDEX = "owner_unique";

    static MongoCollection<UserDocument> collectionIn(MongoDatabase database) {
        return database.getCollection(COLLECTION, UserDocument.class);
    }

    /**
     * Creates the unique index on the address, or leaves it as it is. A plain binary index, no collation: addresses
     * are stored normalised, so it treats {@code Ada@X} and {@code ada@x} as one and {@code résumé@x} and
     * {@code resume@x} as two, like the SQL adapter, and mongo-java-server (which ignores collations) agrees.
     *
     * <p>The unique index on the owner is binary too, so it compares issuer and subject exactly. It is sparse: a
     * document without an owner has neither field and stays out of it, so users without an owner never collide. A
     * partial index ({@code partialFilterExpression}) would do the same on MongoDB, but mongo-java-server ignores
     * that option and would index them all under one null key; it honours {@code sparse}, as MongoDB does.
     */
    static void ensureIndexes(MongoDatabase database) {
        MongoCollection<UserDocument> users = collectionIn(database);
        users.createIndex(ascending(EMAIL), new IndexOptions().name(EMAIL_INDEX).unique(true));
        users.createIndex(ascending(OWNER_ISSUER, OWNER_SUBJECT),
                new IndexOptions().name(OWNER_INDEX).unique(true).sparse(true));
    }
}

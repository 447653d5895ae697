package org.acme.users.benchmarks.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The operations as plain MongoDB driver calls with generic {@link Document}s, on the collection and in the field
 * layout that the adapter uses: one command each, a change as a conditional {@code $set} of the changed fields
 * (the least a server must be sent), reads mapped only to {@link UserRow}.
 */
public final class MongoOperations implements UserOperations {

    private final MongoCollection<Document> users;

    public MongoOperations(MongoCollection<Document> users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public void insert(User user) {
        users.insertOne(toDocument(user));
    }

    @Override
    public Object findById(UserId id) {
        return single(users.find(eq("_id", id.value())).first(), id);
    }

    @Override
    public Object findByEmail(EmailAddress email) {
        return single(users.find(eq("email", email.value())).first(), email);
    }

    @Override
    public void change(User changed) {
        long matched = users.updateOne(atVersion(changed.id(), changed.version() - 1), combine(
                        set("email", changed.email().value()),
                        set("name", changed.name().value()),
                        set("updatedAt", Date.from(changed.updatedAt())),
                        set("version", changed.version())))
                .getMatchedCount();
        requireOne(matched, changed.id());
    }

    @Override
    public List<UserRow> pageAfter(UserId after, int limit) {
        return users.find(gt("_id", after.value()))
                .sort(ascending("_id"))
                .limit(limit)
                .map(MongoOperations::toRow)
                .into(new ArrayList<>(limit));
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        requireOne(users.deleteOne(atVersion(id, expectedVersion)).getDeletedCount(), id);
    }

    /** Removes a user whatever its version, through the _id index; not one of the measured operations. */
    void discard(UserId id) {
        requireOne(users.deleteOne(eq("_id", id.value())).getDeletedCount(), id);
    }

    /** The adapter's document layout: a standard binary UUID as {@code _id}, instants as BSON dates, a 64-bit version. */
    static Document toDocument(User user) {
        return new Document("_id", user.id().value())
                .append("email", user.email().value())
                .append("name", user.name().value())
                .append("createdAt", Date.from(user.createdAt()))
                .append("updatedAt", Date.from(user.updatedAt()))
                .append("version", user.version());
    }

    private static UserRow single(Document document, Object key) {
        if (document == null) {
            throw new IllegalStateException("no stored user " + key);
        }
        return toRow(document);
    }

    private static UserRow toRow(Document document) {
        return new UserRow(document.get("_id", UUID.class), document.getString("email"), document.getString("name"),
                document.getDate("createdAt").toInstant(), document.getDate("updatedAt").toInstant(),
                document.getLong("version"));
    }

    private static Bson atVersion(UserId id, long version) {
        return and(eq("_id", id.value()), eq("version", version));
    }

    private static void requireOne(long documents, UserId id) {
        if (documents != 1) {
            throw new IllegalStateException("user " + id + " is missing or not at the expected version");
        }
    }
}

package org.acme.users.adapter.persistence.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.empty;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;
import org.bson.BSONException;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.codecs.configuration.CodecConfigurationException;
import org.bson.conversions.Bson;
import org.mapstruct.factory.Mappers;

/**
 * The user repository on one MongoDB collection. Every operation is a single command, so the driver can retry it
 * safely; no transaction is needed, because each port operation touches one document.
 */
final class MongoUserRepository implements UserRepository {

    private static final UserDocumentMapper MAPPER = Mappers.getMapper(UserDocumentMapper.class);

    private final MongoCollection<UserDocument> users;

    MongoUserRepository(MongoCollection<UserDocument> users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public void insert(User user) {
        try {
            users.insertOne(MAPPER.toDocument(user));
        } catch (MongoException e) {
            throw MongoFailures.ofWrite(e, user);
        }
    }

    /** Sets the fields a change may change, and only those: the owner and the creation time stay as stored. */
    @Override
    public void update(User changed) {
        long expectedVersion = changed.version() - 1;
        UserDocument document = MAPPER.toDocument(changed);
        Bson change = combine(set(UserDocument.EMAIL, document.email()), set(UserDocument.NAME, document.name()),
                set(UserDocument.UPDATED_AT, document.updatedAt()), set(UserDocument.VERSION, document.version()));
        long matched;
        try {
            matched = users.updateOne(atVersion(changed.id(), expectedVersion), change).getMatchedCount();
        } catch (MongoException e) {
            throw MongoFailures.ofWrite(e, changed);
        }
        if (matched == 0) {
            throw missingOrStale(changed.id(), expectedVersion);
        }
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        long deleted;
        try {
            deleted = users.deleteOne(atVersion(id, expectedVersion)).getDeletedCount();
        } catch (MongoException e) {
            throw MongoFailures.of(e, "delete");
        }
        if (deleted == 0) {
            throw missingOrStale(id, expectedVersion);
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return findOne(eq(UserDocument.ID, id.value()));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        // Addresses are stored normalised, so plain equality on the unique index is the domain's sameness.
        return findOne(eq(UserDocument.EMAIL, email.value()));
    }

    /**
     * A filter of exactly the owner index's two fields with plain values, which MongoDB serves from that index, and
     * so does mongo-java-server (it would scan for the {@code $and} that {@code Filters.and} renders).
     */
    @Override
    public Optional<User> findByOwner(Owner owner) {
        return findOne(new BsonDocument(UserDocument.OWNER_ISSUER, new BsonString(owner.issuer()))
                .append(UserDocument.OWNER_SUBJECT, new BsonString(owner.subject())));
    }

    @Override
    public List<User> findPage(Optional<UserId> after, int limit) {
        if (limit < 1) {
            // Checked here because MongoDB reads a limit of 0 as "no limit".
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        // Standard UUIDs are 16-byte binaries of one subtype, which MongoDB orders byte by byte, unsigned:
        // the order of UserId.compareTo, served from the _id index.
        Bson filter = after.map(id -> gt(UserDocument.ID, id.value())).orElse(empty());
        return read("page query", () -> users.find(filter)
                .sort(ascending(UserDocument.ID))
                .limit(limit)
                .map(MongoUserRepository::toUser)
                .into(new ArrayList<>()));
    }

    private Optional<User> findOne(Bson filter) {
        return read("query", () -> Optional.ofNullable(users.find(filter).first()).map(MongoUserRepository::toUser));
    }

    /** Runs a query; a document the codec cannot read is a plain failure, not a driver exception. */
    private static <T> T read(String operation, Supplier<T> query) {
        try {
            return query.get();
        } catch (MongoException e) {
            throw MongoFailures.of(e, operation);
        } catch (BSONException | CodecConfigurationException e) {
            throw new IllegalStateException("a stored user document cannot be read by the " + operation, e);
        }
    }

    /** Restores a stored user through the domain's constructors, which refuse a document that breaks a rule. */
    private static User toUser(UserDocument document) {
        try {
            return MAPPER.toUser(document);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the stored user " + document.id() + " breaks the user rules", e);
        }
    }

    private static Bson atVersion(UserId id, long version) {
        return and(eq(UserDocument.ID, id.value()), eq(UserDocument.VERSION, version));
    }

    /**
     * Tells, after a versioned write matched nothing, whether the user is missing or at another version. The write
     * changed nothing, a user is stored before anyone holds a snapshot to change, and ids are never reused (a
     * removed user's id does not come back), so the answer of this later read was true at some moment during the
     * call: if the user exists now, it existed at the write with another version; if it is missing now, it was
     * missing then or was removed meanwhile. Either answer is consistent without a transaction, and only a failed
     * write pays for the second round trip.
     */
    private RuntimeException missingOrStale(UserId id, long expectedVersion) {
        boolean exists = read("existence check", () -> users.withDocumentClass(BsonDocument.class)
                .find(eq(UserDocument.ID, id.value()))
                .projection(include(UserDocument.ID))
                .first() != null);
        return exists ? new VersionConflictException(id, expectedVersion) : new UserNotFoundException(id);
    }
}

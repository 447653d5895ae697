package org.acme.users.adapter.persistence.mongo;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.UserRepository;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stored documents beyond the port's contract: their form is an interface too (shells, other tools and a later
 * version of this adapter read them), and what is stored must not be trusted blindly when read back.
 */
class StoredUserDocumentTest {

    private static EmbeddedMongoServer server;
    private static MongoTestDatabase database;

    @BeforeAll
    static void start() {
        server = EmbeddedMongoServer.inMemory();
        database = MongoTestDatabase.create(server.connectionString());
    }

    @AfterAll
    static void stop() {
        database.close();
        server.close();
    }

    @Test
    void storesAUserAsOneDocumentOfPlainBsonTypesKeyedByAStandardUuid() {
        Instant createdAt = Instant.parse("2026-11-24T22:00:00.123Z");
        User ada = aUser().withEmail("ada@example.com").withName("Ada Lovelace").withCreatedAt(createdAt).build();

        database.emptyRepository().insert(ada);

        BsonDocument stored = database.storedUsers().find().first();
        assertThat(stored).isNotNull();
        assertThat(stored.keySet()).containsExactly("_id", "email", "name", "createdAt", "updatedAt", "version");
        assertThat(stored.get("_id")).isEqualTo(new BsonBinary(BsonBinarySubType.UUID_STANDARD, bytesOf(ada)));
        assertThat(stored.get("email")).isEqualTo(new BsonString("ada@example.com"));
        assertThat(stored.get("name")).isEqualTo(new BsonString("Ada Lovelace"));
        assertThat(stored.get("createdAt")).isEqualTo(new BsonDateTime(createdAt.toEpochMilli()));
        assertThat(stored.get("updatedAt")).isEqualTo(new BsonDateTime(createdAt.toEpochMilli()));
        assertThat(stored.get("version")).isEqualTo(new BsonInt64(0));
    }

    @Test
    void storesAnOwnerAsASubDocumentThatNoChangeRewrites() {
        Owner owner = new Owner("https://Issuer.example.org", "Subject-42");
        User ada = aUser().ownedBy(owner).build();
        UserRepository repository = database.emptyRepository();
        repository.insert(ada);
        BsonDocument storedOwner = new BsonDocument("issuer", new BsonString(owner.issuer()))
                .append("subject", new BsonString(owner.subject()));

        repository.update(ada.changeTo(UserDetails.of("moved@example.org", "Ada King"), ada.updatedAt()));

        BsonDocument stored = database.storedUsers().find().first();
        assertThat(stored).isNotNull();
        assertThat(stored.keySet()).containsExactly("_id", "email", "name", "owner", "createdAt", "updatedAt",
                "version");
        assertThat(stored.get("owner")).isEqualTo(storedOwner);
        assertThat(stored.get("email")).isEqualTo(new BsonString("moved@example.org"));
        assertThat(stored.get("version")).isEqualTo(new BsonInt64(1));
    }

    @Test
    void indexesOwnersUniquelyAndSparselySoThatUsersWithoutOneNeverCollide() {
        database.emptyRepository();

        BsonDocument index = database.storedUsers().listIndexes(BsonDocument.class)
                .into(new ArrayList<>()).stream()
                .filter(candidate -> candidate.getString("name").getValue().equals(UserDocument.OWNER_INDEX))
                .findFirst().orElseThrow();

        assertThat(index.getDocument("key")).isEqualTo(new BsonDocument("owner.issuer", new BsonInt32(1))
                .append("owner.subject", new BsonInt32(1)));
        assertThat(index.getBoolean("unique")).isEqualTo(BsonBoolean.TRUE);
        assertThat(index.getBoolean("sparse")).isEqualTo(BsonBoolean.TRUE);
    }

    @Test
    void refusesToStoreAnIdTwiceWithoutBlamingTheAddress() {
        User ada = aUser().build();
        UserRepository repository = database.emptyRepository();
        repository.insert(ada);

        assertThatThrownBy(() -> repository.insert(aUser().withId(ada.id()).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ada.id().toString());
    }

    @Test
    void reportsAStoredDocumentThatBreaksTheUserRulesAsAPlainFailureNotAsInvalidInput() {
        User ada = aUser().build();
        UserRepository repository = database.emptyRepository();
        repository.insert(ada);
        database.storedUsers().updateOne(new BsonDocument("email", new BsonString(ada.email().value())),
                new BsonDocument("$set", new BsonDocument("email", new BsonString("Not An Address"))));

        assertThatThrownBy(() -> repository.findById(ada.id()))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ada.id().toString());
    }

    @Test
    void refusesAPageLimitBelowOneWhichMongoDbWouldReadAsNoLimit() {
        UserRepository repository = database.emptyRepository();

        assertThatThrownBy(() -> repository.findPage(Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytesOf(User user) {
        return ByteBuffer.allocate(16)
                .putLong(user.id().value().getMostSignificantBits())
                .putLong(user.id().value().getLeastSignificantBits())
                .array();
    }
}

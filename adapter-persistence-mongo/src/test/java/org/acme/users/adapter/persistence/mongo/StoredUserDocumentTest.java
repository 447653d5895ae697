package org.acme.users.adapter.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserIdGenerator;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stored form is an interface too: other tools, shells and a future adapter version read these documents. */
class StoredUserDocumentTest {

    private static EmbeddedMongoServer server;
    private static MongoTestDatabase database;

    @BeforeAll
    static void start() {
        server = EmbeddedMongoServer.start();
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
        User ada = User.register(UserIdGenerator.systemDefault().next(),
                UserDetails.of("ada@example.com", "Ada Lovelace"), createdAt);

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

    private static byte[] bytesOf(User user) {
        return ByteBuffer.allocate(16)
                .putLong(user.id().value().getMostSignificantBits())
                .putLong(user.id().value().getLeastSignificantBits())
                .array();
    }
}

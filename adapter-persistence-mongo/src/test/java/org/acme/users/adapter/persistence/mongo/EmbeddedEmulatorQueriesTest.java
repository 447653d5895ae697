package org.acme.users.adapter.persistence.mongo;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.anOwner;
import static org.acme.users.testkit.data.UserTestData.idStartingWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the embedded emulator reads to answer the adapter: the documents a query looks at, counted in the emulator,
 * among a thousand stored users. Its stock collections read all of them for a versioned write and for a page.
 */
class EmbeddedEmulatorQueriesTest {

    private static final int STORED = 1_000;
    private static final int PAGE = 50;

    private static EmbeddedMongoServer server;
    private static String databaseName;
    private static MongoPersistence persistence;
    private static UserRepository users;
    private static MongoClient inspector;
    private static List<User> stored;

    @BeforeAll
    static void storeAThousandUsers() {
        server = EmbeddedMongoServer.inMemory();
        databaseName = MongoTestDatabase.uniqueName();
        persistence = MongoPersistence.connect(MongoSettings.of(server.connectionString(), databaseName));
        users = persistence.userRepository();
        inspector = MongoClients.create(MongoSettings.of(server.connectionString(), databaseName).toClientSettings());
        stored = new ArrayList<>();
        // Pairs of ids that differ only in the high bit of their second half, starting with or without the high bit
        // set: signed comparison (MVStore's, UUID.compareTo) and unsigned (MongoDB's) disagree on both.
        for (String prefix : List.of("0", "7", "8", "f")) {
            UserId id = idStartingWith(prefix);
            stored.add(aUser().withId(id).build());
            stored.add(aUser().withId(new UserId(new UUID(id.value().getMostSignificantBits(), 1))).build());
        }
        while (stored.size() < STORED) {
            stored.add(aUser().ownedBy(anOwner()).build());
        }
        stored.forEach(users::insert);
    }

    @AfterAll
    static void stop() {
        inspector.close();
        persistence.close();
        server.close();
    }

    @Test
    void readsOneDocumentToFindAUserByIdOrByAddress() {
        User user = stored.get(STORED / 2);

        assertThat(documentsReadBy(() -> users.findById(user.id()))).isEqualTo(1);
        assertThat(documentsReadBy(() -> users.findByEmail(user.email()))).isEqualTo(1);
    }

    @Test
    void readsOneDocumentToFindAUserByOwner() {
        User user = stored.get(STORED / 2);

        assertThat(documentsReadBy(() -> assertThat(users.findByOwner(user.owner().orElseThrow())).contains(user)))
                .isEqualTo(1);
    }

    @Test
    void readsOneDocumentForAVersionedChangeAndTwoToTellAStaleOne() {
        User user = insertedFresh();
        User changed = user.changeTo(new UserDetails(user.email(), user.name()), Instant.now());

        assertThat(documentsReadBy(() -> users.update(changed))).isEqualTo(1);
        assertThat(users.findById(user.id())).contains(changed);
        // The write matches nothing, then the adapter asks whether the user exists: one document each.
        assertThat(documentsReadBy(() -> assertThatThrownBy(() -> users.update(changed))
                .isInstanceOf(VersionConflictException.class))).isEqualTo(2);
    }

    @Test
    void readsOneDocumentForAVersionedRemoval() {
        User user = insertedFresh();

        assertThat(documentsReadBy(() -> users.delete(user.id(), user.version()))).isEqualTo(1);
        assertThat(users.findById(user.id())).isEmpty();
    }

    @Test
    void readsOnlyThePageItReturnsInTheIdOrderOfThePort() {
        List<UserId> inPortOrder = allIds();

        List<UserId> paged = new ArrayList<>();
        Optional<UserId> after = Optional.empty();
        for (int page = 0; page <= inPortOrder.size() / PAGE; page++) {
            Optional<UserId> cursor = after;
            List<User> found = new ArrayList<>();
            long read = documentsReadBy(() -> found.addAll(users.findPage(cursor, PAGE)));
            assertThat(read).isEqualTo(found.size());
            found.forEach(user -> paged.add(user.id()));
            after = found.isEmpty() ? after : Optional.of(found.get(found.size() - 1).id());
        }

        assertThat(paged).containsExactlyElementsOf(inPortOrder);
    }

    @Test
    void answersAnyOtherQueryTheEmulatorsOwnWayByReadingEveryDocument() {
        User user = stored.get(3);

        List<Document> found = new ArrayList<>();
        long read = documentsReadBy(() -> rawUsers().find(new Document(UserDocument.EMAIL, user.email().value())
                .append("name", user.name().value())).into(found));

        assertThat(found).extracting(document -> document.get(UserDocument.ID)).containsExactly(user.id().value());
        assertThat(read).isGreaterThanOrEqualTo(STORED);
    }

    @Test
    void pagesACollectionWithIdsOfOtherTypesTheEmulatorsOwnWay() {
        MongoCollection<Document> mixed = inspector.getDatabase(databaseName).getCollection("mixed");
        UUID uuid = UUID.fromString("f0000000-0000-7000-8000-000000000000");
        ObjectId objectId = new ObjectId();
        mixed.insertOne(new Document(UserDocument.ID, objectId));
        mixed.insertOne(new Document(UserDocument.ID, uuid));

        List<Object> page = mixed.find().sort(new Document(UserDocument.ID, 1)).limit(PAGE)
                .map(document -> document.get(UserDocument.ID)).into(new ArrayList<>());

        // The emulator sorts by type first, binary (UUID) before ObjectId, as MongoDB does.
        assertThat(page).containsExactly(uuid, objectId);
    }

    private static User insertedFresh() {
        User user = aUser().build();
        users.insert(user);
        return user;
    }

    private static List<UserId> allIds() {
        List<UserId> ids = new ArrayList<>();
        rawUsers().find().forEach(document -> ids.add(new UserId(document.get(UserDocument.ID, UUID.class))));
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    private static long documentsReadBy(Runnable call) {
        long before = server.documentsRead(databaseName, UserDocument.COLLECTION);
        call.run();
        return server.documentsRead(databaseName, UserDocument.COLLECTION) - before;
    }

    private static MongoCollection<Document> rawUsers() {
        return inspector.getDatabase(databaseName).getCollection(UserDocument.COLLECTION);
    }
}

package org.acme.users.adapter.persistence.mongo;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.idStartingWith;
import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded emulator's data file: kept across restarts, and the same layout as mongo-java-server's own. */
class EmbeddedEmulatorFileTest {

    private static final String DATABASE = "users";
    private static final int PAGE = 50;

    @TempDir
    Path directory;

    @Test
    void keepsItsUsersAcrossARestartAndStillPagesThemByKeyInIdOrder() {
        Path file = directory.resolve("mongo.mv");
        List<User> stored = new ArrayList<>();
        for (String prefix : List.of("f", "8", "7", "0")) {
            stored.add(aUser().withId(idStartingWith(prefix)).build());
        }
        while (stored.size() < 3 * PAGE) {
            stored.add(aUser().build());
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inFile(file);
                MongoPersistence persistence = connect(server)) {
            stored.forEach(persistence.userRepository()::insert);
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.inFile(file);
                MongoPersistence persistence = connect(server)) {
            long before = server.documentsRead(DATABASE, UserDocument.COLLECTION);
            List<UserId> paged = allPages(persistence.userRepository());

            assertThat(paged).containsExactlyElementsOf(stored.stream().map(User::id).sorted().toList());
            assertThat(server.documentsRead(DATABASE, UserDocument.COLLECTION) - before).isEqualTo(stored.size());
        }
    }

    @Test
    void readsTheFileOfTheStockEmulatorAndLeavesOneItCanRead() {
        Path file = directory.resolve("mongo.mv");
        User first = aUser().withId(idStartingWith("f")).build();
        User second = aUser().withId(idStartingWith("0")).build();
        MongoServer stock = new MongoServer(new H2Backend(file.toString()));
        stock.bind("127.0.0.1", 0);
        try (MongoPersistence persistence = connect("mongodb://127.0.0.1:" + stock.getLocalAddress().getPort())) {
            persistence.userRepository().insert(first);
        } finally {
            stock.shutdownNow();
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.inFile(file);
                MongoPersistence persistence = connect(server)) {
            assertThat(persistence.userRepository().findById(first.id())).contains(first);
            persistence.userRepository().insert(second);
            assertThat(allPages(persistence.userRepository())).containsExactly(second.id(), first.id());
        }

        stock = new MongoServer(new H2Backend(file.toString()));
        stock.bind("127.0.0.1", 0);
        try (MongoPersistence persistence = connect("mongodb://127.0.0.1:" + stock.getLocalAddress().getPort())) {
            assertThat(persistence.userRepository().findById(second.id())).contains(second);
        } finally {
            stock.shutdownNow();
        }
    }

    private static List<UserId> allPages(UserRepository users) {
        List<UserId> paged = new ArrayList<>();
        List<User> page = users.findPage(Optional.empty(), PAGE);
        while (!page.isEmpty()) {
            page.forEach(user -> paged.add(user.id()));
            page = users.findPage(Optional.of(page.get(page.size() - 1).id()), PAGE);
        }
        return paged;
    }

    private static MongoPersistence connect(EmbeddedMongoServer server) {
        return connect(server.connectionString());
    }

    private static MongoPersistence connect(String connectionString) {
        return MongoPersistence.connect(MongoSettings.of(connectionString, DATABASE));
    }
}

package org.acme.users.adapter.persistence.mongo;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.acme.users.domain.port.DatabaseStatus;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MongoPersistenceTest {

    private static EmbeddedMongoServer server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongoServer.inMemory();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void createsTheUniqueAddressIndexAtStartAndKeepsItWhenStartedAgain() {
        MongoSettings settings = MongoSettings.of(server.connectionString(), MongoTestDatabase.uniqueName());
        try (MongoPersistence first = MongoPersistence.connect(settings);
                MongoPersistence second = MongoPersistence.connect(settings)) {
            first.userRepository().insert(aUser().withEmail("ada@example.com").build());

            assertThatThrownBy(() -> second.userRepository().insert(aUser().withEmail("ada@example.com").build()))
                    .isInstanceOf(EmailAlreadyUsedException.class);
        }
    }

    @Test
    void reportsItsDatabaseAsMongoDbWithTheVersionTheServerGives() {
        try (MongoPersistence persistence = connectToANewDatabase()) {
            DatabaseStatus status = persistence.databaseHealth().check();

            assertThat(status.adapter()).isEqualTo("mongo");
            assertThat(status.database()).matches("MongoDB \\d+\\.\\d+\\.\\d+.*");
            assertThat(status.up()).isTrue();
        }
    }

    @Test
    void refusesToStartWithinAFewSecondsWhenTheServerCannotBeReached() {
        MongoSettings settings = MongoSettings.of(ClosedPort.connectionString(), "users");

        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowable(() -> MongoPersistence.connect(settings)));

        assertThat(thrown).isInstanceOf(RepositoryUnavailableException.class);
    }

    @Test
    void reportsTheDatabaseDownRatherThanThrowingOnceClosed() {
        MongoPersistence persistence = connectToANewDatabase();
        String database = persistence.databaseHealth().check().database();

        persistence.close();

        assertThat(persistence.databaseHealth().check()).isEqualTo(new DatabaseStatus("mongo", database, false));
    }

    private static MongoPersistence connectToANewDatabase() {
        return MongoPersistence.connect(MongoSettings.of(server.connectionString(), MongoTestDatabase.uniqueName()));
    }
}

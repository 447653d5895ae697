package org.acme.users.adapter.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserIdGenerator;
import org.acme.users.domain.port.DatabaseStatus;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MongoPersistenceTest {

    private static final UserIdGenerator IDS = UserIdGenerator.systemDefault();
    private static EmbeddedMongoServer server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongoServer.start();
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
            first.userRepository().insert(userWithEmail("ada@example.com"));

            assertThatThrownBy(() -> second.userRepository().insert(userWithEmail("ada@example.com")))
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

    private static User userWithEmail(String email) {
        return User.register(IDS.next(), UserDetails.of(email, "Ada"), Instant.now());
    }
}

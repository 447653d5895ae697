package org.acme.users.adapter.persistence.sql;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.aUserId;
import static org.acme.users.testkit.data.UserTestData.anEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.acme.users.adapter.persistence.sql.support.Eventually;
import org.acme.users.adapter.persistence.sql.support.NetworkDatabase;
import org.acme.users.adapter.persistence.sql.support.RequiredDatabase;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.testkit.net.TcpRelay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The adapter reaches its database server through a relay that the tests break: a cut connection and a network
 * that swallows every byte both surface as {@link RepositoryUnavailableException} within seconds, and the same
 * adapter instance serves again, and reports itself up, once the network is back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SqlOutageTest {

    /** Far below a driver's default wait of 30 s and more, and above the adapter's own bounds (2.5 s, 5 s). */
    private static final Duration OPERATION_BOUND = Duration.ofSeconds(10);
    private static final Duration HEALTH_BOUND = Duration.ofSeconds(3);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(15);

    private Optional<String> whyTheDatabaseIsMissing;
    private NetworkDatabase database;
    private TcpRelay relay;
    private SqlPersistence persistence;
    private UserRepository users;
    private DatabaseHealth health;

    protected abstract NetworkDatabase createDatabase();

    @BeforeAll
    final void connectThroughARelay() {
        whyTheDatabaseIsMissing = RequiredDatabase.setUpOrExplainWhyMissing(() -> {
            database = createDatabase();
            relay = TcpRelay.start(database.host(), database.port());
            persistence = SqlPersistence.connect(database.settingsThrough(relay.port()));
            users = persistence.userRepository();
            health = persistence.databaseHealth();
        });
    }

    @BeforeEach
    final void skipWithoutTheDatabase() {
        RequiredDatabase.skipIfMissing(whyTheDatabaseIsMissing);
    }

    @AfterEach
    final void restoreTheNetwork() {
        if (relay != null) {
            relay.restore();
        }
    }

    @AfterAll
    final void closeEverything() {
        if (database != null) {
            persistence.close();
            relay.close();
            database.close();
        }
    }

    static Stream<Named<Consumer<UserRepository>>> everyOperation() {
        return Stream.of(
                Named.of("insert", repository -> repository.insert(aUser().build())),
                Named.of("update", repository -> repository.update(aUser().withVersion(1).build())),
                Named.of("delete", repository -> repository.delete(aUserId(), 0)),
                Named.of("findById", repository -> repository.findById(aUserId())),
                Named.of("findByEmail", repository -> repository.findByEmail(anEmail())),
                Named.of("findPage", repository -> repository.findPage(Optional.empty(), 20)));
    }

    static Stream<Named<Consumer<UserRepository>>> aWriteAndARead() {
        return everyOperation().filter(operation -> Stream.of("insert", "findById").anyMatch(operation.getName()::equals));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void reportsAnOperationUnavailableWithinTenSecondsWhileTheConnectionIsCut(Consumer<UserRepository> operation) {
        relay.cut();

        Throwable thrown = assertTimeoutPreemptively(OPERATION_BOUND, () -> catchThrowable(() -> operation.accept(users)));

        assertThat(thrown).isInstanceOf(RepositoryUnavailableException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aWriteAndARead")
    void reportsAnOperationUnavailableWithinTenSecondsWhileTheNetworkSwallowsEverything(
            Consumer<UserRepository> operation) {
        relay.blackhole();

        Throwable thrown = assertTimeoutPreemptively(OPERATION_BOUND, () -> catchThrowable(() -> operation.accept(users)));

        assertThat(thrown).isInstanceOf(RepositoryUnavailableException.class);
    }

    /**
     * The connection was just used, so the pool lends it without checking it first: the statement itself goes
     * into the void, and only the driver's socket timeout can end the wait.
     */
    @Test
    void reportsAStatementUnavailableWithinTenSecondsWhenTheNetworkSwallowsItOnALiveConnection() {
        User user = aUser().build();
        users.insert(user);
        relay.blackhole();

        Throwable thrown = assertTimeoutPreemptively(OPERATION_BOUND, () -> catchThrowable(() -> users.findById(user.id())));

        assertThat(thrown).isInstanceOf(RepositoryUnavailableException.class);
    }

    @Test
    void reportsTheDatabaseDownPromptlyWhileTheNetworkSwallowsEverythingAndUpOnceItIsBack() {
        relay.blackhole();

        assertThat(assertTimeoutPreemptively(HEALTH_BOUND, health::check).up()).isFalse();

        relay.restore();

        Eventually.holds(RECOVERY_BOUND, "the database is reported up", () -> health.check().up());
    }

    @Test
    void servesAgainWithTheSameInstanceOnceTheNetworkIsRestored() {
        User user = aUser().build();
        users.insert(user);
        relay.cut();
        assertThat(catchThrowable(() -> users.findById(user.id()))).isInstanceOf(RepositoryUnavailableException.class);

        relay.restore();

        assertThat(Eventually.succeeds(RECOVERY_BOUND, () -> users.findById(user.id()))).contains(user);
        User changed = user.changeTo(UserDetails.of(anEmail().value(), "Ada King"), user.updatedAt());
        users.update(changed);
        assertThat(users.findById(user.id())).contains(changed);
    }
}

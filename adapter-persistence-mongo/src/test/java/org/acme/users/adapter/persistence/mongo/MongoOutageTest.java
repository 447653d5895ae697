package org.acme.users.adapter.persistence.mongo;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.testkit.net.TcpRelay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The adapter, with its default settings, while the network between it and the server fails: a relay either
 * drops every connection (a crashed server, a closed port) or swallows all traffic (a dead link, a partition).
 */
class MongoOutageTest {

    private static final Duration FAILURE_BOUND = Duration.ofSeconds(10);
    private static final Duration HEALTH_BOUND = Duration.ofSeconds(3);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(20);

    private static EmbeddedMongoServer server;
    private static TcpRelay relay;
    private static MongoPersistence persistence;

    private UserRepository repository;
    private DatabaseHealth health;
    private User ada;

    enum Outage {
        CUT(TcpRelay::cut),
        BLACKHOLE(TcpRelay::blackhole);

        private final Consumer<TcpRelay> start;

        Outage(Consumer<TcpRelay> start) {
            this.start = start;
        }
    }

    @BeforeAll
    static void connectThroughARelay() {
        server = EmbeddedMongoServer.inMemory();
        relay = TcpRelay.start("127.0.0.1", server.address().getPort());
        persistence = MongoPersistence.connect(
                MongoSettings.of("mongodb://127.0.0.1:" + relay.port(), MongoTestDatabase.uniqueName()));
    }

    @AfterAll
    static void close() {
        persistence.close();
        relay.close();
        server.close();
    }

    @BeforeEach
    void storeAUser() {
        repository = persistence.userRepository();
        health = persistence.databaseHealth();
        ada = aUser().build();
        repository.insert(ada);
    }

    @AfterEach
    void endTheOutage() {
        relay.restore();
        firstSuccess(() -> ifAvailable(() -> repository.findById(ada.id())));
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void reportsReadsAndWritesAsUnavailableWithinTenSeconds(Outage outage) {
        // One read, one plain and one versioned write; the contract suite covers every operation on a closed port.
        outage.start.accept(relay);

        assertUnavailableWithinBound(() -> repository.findById(ada.id()));
        assertUnavailableWithinBound(() -> repository.insert(aUser().build()));
        assertUnavailableWithinBound(() -> repository.delete(ada.id(), 0));
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void servesTheSameRepositoryAgainOnceTheNetworkIsBack(Outage outage) {
        outage.start.accept(relay);
        assertUnavailableWithinBound(() -> repository.findById(ada.id()));

        relay.restore();

        assertThat(firstSuccess(() -> ifAvailable(() -> repository.findById(ada.id())))).contains(ada);
        User changed = renamed(ada);
        repository.update(changed);
        assertThat(repository.findById(ada.id())).contains(changed);
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void reportsTheDatabaseDownWithinThreeSecondsAndUpOnceItIsBack(Outage outage) {
        DatabaseStatus before = health.check();

        outage.start.accept(relay);
        DatabaseStatus during = assertTimeoutPreemptively(HEALTH_BOUND, health::check);
        relay.restore();
        DatabaseStatus after = firstSuccess(() -> Optional.of(health.check()).filter(DatabaseStatus::up));

        assertThat(before.up()).isTrue();
        assertThat(during).isEqualTo(new DatabaseStatus("mongo", before.database(), false));
        assertThat(after).isEqualTo(before);
    }

    private static void assertUnavailableWithinBound(Runnable operation) {
        Throwable thrown = assertTimeoutPreemptively(FAILURE_BOUND, () -> catchThrowable(operation::run));

        assertThat(thrown).isInstanceOf(RepositoryUnavailableException.class);
    }

    /** The first value {@code attempt} gives. No pause between attempts: a failed one has already waited. */
    private static <T> T firstSuccess(Supplier<Optional<T>> attempt) {
        return assertTimeoutPreemptively(RECOVERY_BOUND, () -> {
            Optional<T> result = attempt.get();
            while (result.isEmpty()) {
                result = attempt.get();
            }
            return result.get();
        });
    }

    /** What {@code operation} answers, or nothing while the database is still unavailable. */
    private static <T> Optional<T> ifAvailable(Supplier<T> operation) {
        try {
            return Optional.of(operation.get());
        } catch (RepositoryUnavailableException stillDown) {
            return Optional.empty();
        }
    }

    private static User renamed(User user) {
        return user.changeTo(UserDetails.of(user.email().value(), "Renamed"), user.updatedAt());
    }
}

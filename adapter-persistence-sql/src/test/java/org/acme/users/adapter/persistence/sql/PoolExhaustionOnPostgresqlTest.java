package org.acme.users.adapter.persistence.sql;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.acme.users.adapter.persistence.sql.support.Eventually;
import org.acme.users.adapter.persistence.sql.support.IsolatedServerDatabase;
import org.acme.users.adapter.persistence.sql.support.RequiredDatabase;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.RepositoryBusyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Overload is not an outage: with its one pooled connection held by a statement that waits on another
 * session's lock, the adapter answers the next operation with the busy refusal, not "unavailable", and its
 * health probe, on a connection of its own, still finds the database up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolExhaustionOnPostgresqlTest {

    private static final Duration SHORT_POOL_WAIT = Duration.ofMillis(500);

    private Optional<String> whyTheDatabaseIsMissing;
    private IsolatedServerDatabase database;
    private SqlPersistence persistence;

    @BeforeAll
    void connect() {
        whyTheDatabaseIsMissing = RequiredDatabase.setUpOrExplainWhyMissing(() -> {
            database = IsolatedServerDatabase.postgresSchema();
            persistence = SqlPersistence.connect(database.settings()
                    .withMaxPoolSize(1)
                    .withConnectionTimeout(SHORT_POOL_WAIT));
        });
    }

    @AfterAll
    void disconnect() throws Exception {
        if (persistence != null) {
            persistence.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void answersBusyAndStaysHealthyWhileEveryConnectionIsInUse() throws Exception {
        RequiredDatabase.skipIfMissing(whyTheDatabaseIsMissing);
        User stored = aUser().build();
        persistence.userRepository().insert(stored);
        User blocked = aUser().build();
        CompletableFuture<Void> holdingTheOnlyConnection;
        try (Connection locker = connectBeside(); Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE users IN ACCESS EXCLUSIVE MODE");
            holdingTheOnlyConnection = CompletableFuture.runAsync(() -> persistence.userRepository().insert(blocked));
            Eventually.holds(Duration.ofSeconds(2), "the insert waits on the lock", () -> waitingOnTheLock(locker) > 0);

            assertThatThrownBy(() -> persistence.userRepository().findById(stored.id()))
                    .isInstanceOf(RepositoryBusyException.class)
                    .hasMessageContaining("reading a user");
            assertThat(persistence.databaseHealth().check().up()).isTrue();
            locker.rollback();
        }
        holdingTheOnlyConnection.get(10, TimeUnit.SECONDS);
        assertThat(persistence.userRepository().findById(blocked.id())).isPresent();
        assertThat(persistence.userRepository().findById(stored.id())).isPresent();
    }

    private Connection connectBeside() throws SQLException {
        return DriverManager.getConnection(database.settings().jdbcUrl(), database.settings().user(),
                database.settings().password());
    }

    private static int waitingOnTheLock(Connection locker) {
        try (Statement query = locker.createStatement();
                var rows = query.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and datname = current_database()")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

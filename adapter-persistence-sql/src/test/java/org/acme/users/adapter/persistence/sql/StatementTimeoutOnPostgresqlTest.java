package org.acme.users.adapter.persistence.sql;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acme.users.adapter.persistence.sql.support.IsolatedServerDatabase;
import org.acme.users.adapter.persistence.sql.support.RequiredDatabase;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A statement the database accepted but cannot run, here behind another session's table lock, is cancelled by the
 * adapter's query timeout, not left to the socket timeout: PostgreSQL answers such a cancel with SQLState 57014.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementTimeoutOnPostgresqlTest {

    private static final String QUERY_CANCELED = "57014";

    private Optional<String> whyTheDatabaseIsMissing;
    private IsolatedServerDatabase database;
    private SqlPersistence persistence;

    @BeforeAll
    void connect() {
        whyTheDatabaseIsMissing = RequiredDatabase.setUpOrExplainWhyMissing(() -> {
            database = IsolatedServerDatabase.postgresSchema();
            persistence = SqlPersistence.connect(database.settings());
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
    void insertIsCancelledByItsQueryTimeoutWhileTheTableIsLocked() throws SQLException {
        RequiredDatabase.skipIfMissing(whyTheDatabaseIsMissing);
        User user = aUser().build();
        try (Connection locker = DriverManager.getConnection(database.settings().jdbcUrl(),
                database.settings().user(), database.settings().password());
                Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE users IN ACCESS EXCLUSIVE MODE");

            assertThatThrownBy(() -> persistence.userRepository().insert(user))
                    .isInstanceOf(RepositoryUnavailableException.class)
                    .satisfies(failure -> assertThat(sqlStatesIn(failure)).contains(QUERY_CANCELED));
            locker.rollback();
        }
        assertThat(persistence.userRepository().findById(user.id())).isEmpty();
    }

    private static List<String> sqlStatesIn(Throwable failure) {
        List<String> states = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                states.add(sql.getSQLState());
            }
        }
        return states;
    }
}

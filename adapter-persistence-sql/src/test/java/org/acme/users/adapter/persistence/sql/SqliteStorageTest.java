package org.acme.users.adapter.persistence.sql;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.idStartingWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.acme.users.adapter.persistence.sql.support.IsolatedSqliteDatabase;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the adapter uses SQLite, which has no types to speak of and one writer at a time: ids as canonical
 * text and instants as epoch milliseconds, write-ahead logging so readers never wait for the writer, and a
 * busy timeout so a writer waits its turn, but not forever.
 */
class SqliteStorageTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path directory;
    private IsolatedSqliteDatabase database;
    private SqlPersistence persistence;
    private UserRepository users;

    @BeforeEach
    void connect() {
        database = IsolatedSqliteDatabase.in(directory);
        persistence = SqlPersistence.connect(database.settings());
        users = persistence.userRepository();
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    void storesTheIdAsCanonicalLowerCaseTextAndInstantsAsEpochMilliseconds() {
        User user = aUser().withId(idStartingWith("F")).withCreatedAt(Instant.parse("2038-01-19T03:14:08.123Z")).build();

        users.insert(user);

        assertThat(database.firstRow("SELECT typeof(id), id, typeof(created_at), created_at FROM users"))
                .containsExactly("text", user.id().toString(), "integer", String.valueOf(user.createdAt().toEpochMilli()));
    }

    @Test
    void writesAheadToALogSoThatReadersDoNotWaitForAWriter() throws SQLException {
        User user = aUser().build();
        users.insert(user);
        assertThat(database.firstRow("PRAGMA journal_mode")).containsExactly("wal");

        try (Connection writer = openConnection(); Statement statement = writer.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("DELETE FROM users");

            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> users.findById(user.id()))).contains(user);
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void reportsAWriterLockedOutLongerThanTheBusyTimeoutAsUnavailableAndWritesOnceTheLockIsGone() throws SQLException {
        User user = aUser().build();
        try (Connection otherWriter = openConnection(); Statement statement = otherWriter.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");

            Throwable thrown = assertTimeoutPreemptively(BOUND, () -> catchThrowable(() -> users.insert(user)));

            assertThat(thrown).isInstanceOf(RepositoryUnavailableException.class);
            statement.execute("ROLLBACK");
        }

        users.insert(user);

        assertThat(users.findPage(Optional.empty(), 10)).containsExactly(user);
    }

    private Connection openConnection() throws SQLException {
        return DriverManager.getConnection(database.settings().jdbcUrl());
    }
}

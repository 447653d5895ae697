package org.acme.users.adapter.persistence.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A URL the adapter cannot use stops the start-up at once, with a one-line message that names the setting
 * and the reason, and never repeats a password.
 */
class SqlPersistenceStartupTest {

    private static final Duration START_UP_BOUND = Duration.ofSeconds(10);

    @Test
    void rejectsTheUrlOfAnotherDatabaseNamingTheSettingButNotTheRestOfTheUrl() {
        assertThatThrownBy(() -> SqlPersistence.connect(SqlSettings.of("jdbc:oracle:thin:scott/tiger@db:1521/x", "", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DATABASE_URL ")
                .hasMessageContaining("jdbc:oracle:")
                .hasMessageContaining("jdbc:h2:, jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:, jdbc:sqlite:")
                .hasMessageNotContaining("tiger");
    }

    @Test
    void rejectsSomethingThatIsNotAJdbcUrlWithoutRepeatingIt() {
        assertThatThrownBy(() -> SqlPersistence.connect(SqlSettings.of("postgres://app:s3cret@db/users", "", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DATABASE_URL ")
                .hasMessageNotContaining("s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://127.0.0.1:%d/test", "jdbc:mariadb://127.0.0.1:%d/test"})
    void failsWithinSecondsInOneLineWhenNothingListensAtTheUrl(String urlPattern) {
        String url = urlPattern.formatted(aClosedPort()) + "?password=s3cret";

        Throwable thrown = assertTimeoutPreemptively(START_UP_BOUND,
                () -> catchThrowable(() -> SqlPersistence.connect(SqlSettings.of(url, "app", "s3cret"))));

        assertThat(thrown).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the database at " + url.substring(0, url.indexOf('?')) + ": cannot connect")
                .hasMessageNotContaining("s3cret");
        assertThat(thrown.getMessage()).doesNotContain("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://127.0.0.1:notaport/test", "jdbc:h2:mem:users;NO_SUCH_SETTING=1"})
    void failsInOneLineNamingTheSettingWhenTheUrlIsMalformed(String url) {
        assertThatThrownBy(() -> SqlPersistence.connect(SqlSettings.of(url, "sa", "")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the database at ")
                .satisfies(thrown -> assertThat(thrown.getMessage()).doesNotContain("\n"));
    }

    private static int aClosedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

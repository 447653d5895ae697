package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.aUserId;
import static org.acme.users.testkit.data.UserTestData.anEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database that cannot be reached surfaces as {@link RepositoryUnavailableException} from every operation,
 * never as a driver's exception, and promptly: an adapter that waits out a driver's default 30 s fails here.
 */
interface UnavailabilityRules extends RepositoryUnderTest {

    Duration OPERATION_LIMIT = Duration.ofSeconds(15);
    Duration HEALTH_CHECK_LIMIT = Duration.ofSeconds(5);

    static Stream<Named<Consumer<UserRepository>>> operations() {
        return Stream.of(
                Named.of("insert", repository -> repository.insert(aUser().build())),
                Named.of("update", repository -> repository.update(aUser().withVersion(1).build())),
                Named.of("delete", repository -> repository.delete(aUserId(), 0)),
                Named.of("findById", repository -> repository.findById(aUserId())),
                Named.of("findByEmail", repository -> repository.findByEmail(anEmail())),
                Named.of("findPage from the start", repository -> repository.findPage(Optional.empty(), 20)),
                Named.of("findPage after an id", repository -> repository.findPage(Optional.of(aUserId()), 20)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    default void reportsEveryOperationAsUnavailableWithinFifteenSeconds(Consumer<UserRepository> operation) {
        Throwable thrown = assertTimeoutPreemptively(OPERATION_LIMIT, () -> {
            UserRepository unreachable = repositoryWithoutDatabase();
            return catchThrowable(() -> operation.accept(unreachable));
        }, "an operation on an unreachable database must give up within " + OPERATION_LIMIT.toSeconds() + " s");

        assertThat(thrown).isInstanceOf(RepositoryUnavailableException.class);
    }

    @Test
    default void reportsItsDatabaseDownWithoutThrowingWhenItCannotBeReached() {
        Optional<DatabaseHealth> health = healthOf(repositoryWithoutDatabase());
        assumeTrue(health.isPresent(), "this repository does not report its database's health");

        DatabaseStatus status = assertTimeoutPreemptively(HEALTH_CHECK_LIMIT, health.get()::check);

        assertThat(status.up()).isFalse();
    }

    @Test
    default void reportsItsDatabaseUpWhenItCanBeReached() {
        Optional<DatabaseHealth> health = healthOf(repositoryUnderTest());
        assumeTrue(health.isPresent(), "this repository does not report its database's health");

        DatabaseStatus status = assertTimeoutPreemptively(HEALTH_CHECK_LIMIT, health.get()::check);

        assertThat(status.up()).isTrue();
        assertThat(status.adapter()).isNotBlank();
        assertThat(status.database()).isNotBlank();
    }
}

package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.aUserId;
import static org.acme.users.testkit.data.UserTestData.anEmail;
import static org.acme.users.testkit.data.UserTestData.anOwner;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database that cannot be reached surfaces as {@link RepositoryUnavailableException} from every operation,
 * never as a driver's exception, and promptly: an adapter that waits out a driver's default 30 s fails here. The
 * health check says so too; it is part of the contract, so its rules fail, never skip, when there is none.
 */
public sealed interface UnavailabilityRules extends RepositoryUnderTest permits UserRepositoryContract {

    /** How long an operation on an unreachable database may take to give up. */
    Duration OPERATION_LIMIT = Duration.ofSeconds(15);
    /** How long a health check may take to answer, whether its database is there or not. */
    Duration HEALTH_CHECK_LIMIT = Duration.ofSeconds(5);

    /** One operation of the port, named for reports. */
    record Operation(String name, Consumer<UserRepository> call) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every operation of the port, with arguments that would be valid if the database were there. */
    static Stream<Operation> operations() {
        return Stream.of(
                new Operation("insert", repository -> repository.insert(aUser().build())),
                new Operation("update", repository -> repository.update(aUser().withVersion(1).build())),
                new Operation("delete", repository -> repository.delete(aUserId(), 0)),
                new Operation("findById", repository -> repository.findById(aUserId())),
                new Operation("findByEmail", repository -> repository.findByEmail(anEmail())),
                new Operation("findByOwner", repository -> repository.findByOwner(anOwner())),
                new Operation("findPage from the start", repository -> repository.findPage(Optional.empty(), 20)),
                new Operation("findPage after an id",
                        repository -> repository.findPage(Optional.of(aUserId()), 20)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    default void reportsEveryOperationAsUnavailableWithinFifteenSeconds(Operation operation) {
        UserRepository unreachable = repositoryWithoutDatabase();

        assertTimeoutPreemptively(OPERATION_LIMIT, () -> Expect.refusal(RepositoryUnavailableException.class,
                        operation.name() + " on a database that cannot be reached",
                        "an outage surfaces as the port's own exception, never as a driver's",
                        () -> operation.call().accept(unreachable)),
                () -> operation.name() + " on a database that cannot be reached must give up within "
                        + OPERATION_LIMIT.toSeconds() + " s (set the driver's timeouts to seconds)");
    }

    @Test
    default void reportsItsDatabaseDownWithoutThrowingWhenItCannotBeReached() {
        DatabaseHealth health = healthCheckOf(repositoryWithoutDatabase(), "the unreachable repository");

        DatabaseStatus status = checked(health, "the health check of a database that cannot be reached");

        Expect.that(!status.up(), "the health check of a database that cannot be reached reported %s, but it must"
                + " report the database down.", status);
    }

    @Test
    default void reportsItsDatabaseUpWhenItCanBeReached() {
        DatabaseHealth health = healthCheckOf(repositoryUnderTest(), "the repository under test");

        DatabaseStatus status = checked(health, "the health check of the repository under test");

        Expect.that(status.up(), "the health check of the repository under test reported %s, but its database can be"
                + " reached, so it must report it up.", status);
        Expect.that(!status.adapter().isBlank() && !status.database().isBlank(), "the health check reported %s, but"
                + " it must name its adapter and its database.", status);
    }

    private DatabaseHealth healthCheckOf(UserRepository repository, String which) {
        Optional<DatabaseHealth> health = healthOf(repository);
        Expect.that(health != null, "healthOf(%s) returned null, but it must return the health check of its"
                + " database.", which);
        Expect.that(health.isPresent(), "healthOf(%s) gave no health check, but health is part of the contract: return"
                + " the DatabaseHealth that reports on the same database as the repository.", which);
        return health.get();
    }

    private static DatabaseStatus checked(DatabaseHealth health, String what) {
        return assertTimeoutPreemptively(HEALTH_CHECK_LIMIT, () -> {
            try {
                return health.check();
            } catch (RuntimeException thrown) {
                throw new AssertionError(what + " threw " + Expect.describe(thrown) + ", but a health check reports"
                        + " a database it cannot reach as down; it never throws.", thrown);
            }
        }, () -> what + " must answer within " + HEALTH_CHECK_LIMIT.toSeconds() + " s, not wait for the database");
    }
}

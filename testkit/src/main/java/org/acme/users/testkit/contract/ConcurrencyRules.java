package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.VersionConflictException;
import org.junit.jupiter.api.Test;

/**
 * The rules hold when requests race on real threads: a check followed by a separate write is not enough,
 * the database itself must decide (unique index, conditional update).
 */
interface ConcurrencyRules extends RepositoryUnderTest {

    int CONTENDERS = 16;

    @Test
    default void letsExactlyOneOfConcurrentRegistrationsOfOneEmailSucceed() {
        List<User> sameAddress = IntStream.range(0, CONTENDERS)
                .mapToObj(i -> aUser().withEmail("race@example.com").withName("Contender " + i).build())
                .toList();

        Race.Outcome outcome = Race.run(CONTENDERS, i -> () -> repositoryUnderTest().insert(sameAddress.get(i)));

        assertThat(outcome.successes()).isEqualTo(1);
        assertThat(outcome.failures()).hasSize(CONTENDERS - 1).allMatch(EmailAlreadyUsedException.class::isInstance);
        User winner = repositoryUnderTest().findByEmail(EmailAddress.of("race@example.com")).orElseThrow();
        assertThat(winner).isIn(sameAddress);
        assertThat(repositoryUnderTest().findPage(Optional.empty(), 100)).containsExactly(winner);
    }

    @Test
    default void letsExactlyOneOfConcurrentChangesFromOneVersionWin() {
        User original = aUser().build();
        repositoryUnderTest().insert(original);
        User start = original.changeTo(original.details(), original.updatedAt());
        repositoryUnderTest().update(start);
        List<User> changes = IntStream.range(0, CONTENDERS)
                .mapToObj(i -> start.changeTo(UserDetails.of("change" + i + "@example.com", "Change " + i),
                        start.updatedAt().plusMillis(i)))
                .toList();

        Race.Outcome outcome = Race.run(CONTENDERS, i -> () -> repositoryUnderTest().update(changes.get(i)));

        assertThat(outcome.successes()).isEqualTo(1);
        assertThat(outcome.failures()).hasSize(CONTENDERS - 1).allMatch(VersionConflictException.class::isInstance);
        User stored = repositoryUnderTest().findById(start.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(start.version() + 1);
        assertThat(stored).isIn(changes);
    }

    @Test
    default void letsExactlyOneOfConcurrentChangesToOneNewEmailSucceed() {
        List<User> users = IntStream.range(0, CONTENDERS).mapToObj(i -> aUser().build()).toList();
        users.forEach(repositoryUnderTest()::insert);
        List<User> changes = users.stream()
                .map(user -> user.changeTo(UserDetails.of("wanted@example.com", "Taker"), user.updatedAt()))
                .toList();

        Race.Outcome outcome = Race.run(CONTENDERS, i -> () -> repositoryUnderTest().update(changes.get(i)));

        assertThat(outcome.successes()).isEqualTo(1);
        assertThat(outcome.failures()).hasSize(CONTENDERS - 1).allMatch(EmailAlreadyUsedException.class::isInstance);
        User taker = repositoryUnderTest().findByEmail(EmailAddress.of("wanted@example.com")).orElseThrow();
        assertThat(repositoryUnderTest().findPage(Optional.empty(), 100))
                .hasSize(CONTENDERS)
                .filteredOn(user -> user.version() == 1).containsExactly(taker);
    }

    @Test
    default void letsExactlyOneOfConcurrentRemovalsSucceed() {
        User user = aUser().build();
        repositoryUnderTest().insert(user);

        Race.Outcome outcome = Race.run(CONTENDERS, i -> () -> repositoryUnderTest().delete(user.id(), 0));

        assertThat(outcome.successes()).isEqualTo(1);
        assertThat(outcome.failures()).hasSize(CONTENDERS - 1).allMatch(failure ->
                failure instanceof UserNotFoundException || failure instanceof VersionConflictException);
        assertThat(repositoryUnderTest().findById(user.id())).isEmpty();
    }

    @Test
    default void storesEveryOneOfConcurrentInsertsOfDistinctUsers() {
        int usersPerContender = 8;
        List<List<User>> batches = IntStream.range(0, CONTENDERS)
                .mapToObj(i -> IntStream.range(0, usersPerContender).mapToObj(j -> aUser().build()).toList())
                .toList();

        Race.Outcome outcome = Race.run(CONTENDERS, i -> () -> batches.get(i).forEach(repositoryUnderTest()::insert));

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.successes()).isEqualTo(CONTENDERS);
        List<User> expected = batches.stream().flatMap(List::stream).sorted(Comparator.comparing(User::id)).toList();
        assertThat(repositoryUnderTest().findPage(Optional.empty(), 100)).hasSize(100)
                .containsExactlyElementsOf(expected.subList(0, 100));
        assertThat(repositoryUnderTest().findPage(Optional.of(expected.get(99).id()), 100))
                .containsExactlyElementsOf(expected.subList(100, expected.size()));
    }
}

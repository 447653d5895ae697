package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.idStartingWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.junit.jupiter.api.Test;

/**
 * Pages are keyset-paged and ascend by {@link UserId#compareTo}, which is canonical-text order. The ids are
 * crafted to start with 0, 7, 8 and f: real UUIDv7 ids of today all start with 0, so only ids with the high
 * bit set reveal an implementation that sorts like {@link java.util.UUID#compareTo} (signed).
 */
interface PagingRules extends RepositoryUnderTest {

    List<String> PREFIXES =
            List.of("0", "00000000", "7", "7fffffff", "8", "80000000", "c", "f", "ffffffff");

    @Test
    default void returnsNothingFromAnEmptyStore() {
        assertThat(repositoryUnderTest().findPage(Optional.empty(), 20)).isEmpty();
    }

    @Test
    default void ordersUsersByIdAsUnsignedCanonicalText() {
        List<User> users = storedUsersWithMixedIds();

        List<User> page = repositoryUnderTest().findPage(Optional.empty(), 100);

        assertThat(page).containsExactlyElementsOf(inIdOrder(users));
        assertThat(page).extracting(user -> user.id().toString()).isSorted();
    }

    @Test
    default void walksEveryUserExactlyOnceInPagesOfThree() {
        List<User> crafted = Stream.of("f", "0", "8", "7", "c", "3")
                .map(prefix -> aUser().withId(idStartingWith(prefix)).build())
                .toList();
        List<User> users = inIdOrder(stored(crafted, 1));

        List<User> first = repositoryUnderTest().findPage(Optional.empty(), 3);
        List<User> second = repositoryUnderTest().findPage(lastIdOf(first), 3);
        List<User> third = repositoryUnderTest().findPage(lastIdOf(second), 3);
        List<User> beyond = repositoryUnderTest().findPage(lastIdOf(third), 3);

        assertThat(first).containsExactlyElementsOf(users.subList(0, 3));
        assertThat(second).containsExactlyElementsOf(users.subList(3, 6));
        assertThat(third).containsExactlyElementsOf(users.subList(6, 7));
        assertThat(beyond).isEmpty();
    }

    @Test
    default void startsAfterTheGivenIdWhenIdsWithTheHighBitSetFollow() {
        List<User> users = storedUsersWithMixedIds();
        UserId middle = UserId.parse("7fffffff-ffff-7fff-bfff-ffffffffffff").orElseThrow();

        List<User> page = repositoryUnderTest().findPage(Optional.of(middle), 100);

        assertThat(page).containsExactlyElementsOf(
                inIdOrder(users).stream().filter(user -> user.id().compareTo(middle) > 0).toList());
        assertThat(page).extracting(user -> user.id().toString()).allMatch(id -> id.compareTo("8") >= 0);
    }

    @Test
    default void continuesAfterAnIdThatNoLongerExists() {
        List<User> users = inIdOrder(storedUsersWithMixedIds());
        User removed = users.get(4);
        repositoryUnderTest().delete(removed.id(), removed.version());

        List<User> page = repositoryUnderTest().findPage(Optional.of(removed.id()), 3);

        assertThat(page).containsExactlyElementsOf(users.subList(5, 8));
    }

    @Test
    default void continuesAfterAnIdThatNeverExisted() {
        List<User> users = inIdOrder(storedUsersWithMixedIds());
        UserId beforeEveryone = UserId.parse("00000000-0000-0000-0000-000000000000").orElseThrow();
        UserId afterEveryone = UserId.parse("ffffffff-ffff-ffff-ffff-ffffffffffff").orElseThrow();

        assertThat(repositoryUnderTest().findPage(Optional.of(beforeEveryone), 2))
                .containsExactlyElementsOf(users.subList(0, 2));
        assertThat(repositoryUnderTest().findPage(Optional.of(afterEveryone), 2)).isEmpty();
    }

    @Test
    default void returnsOneUserPerPageWithLimitOne() {
        List<User> users = inIdOrder(storedUsersWithMixedIds());
        List<User> walked = new ArrayList<>();

        List<User> page = repositoryUnderTest().findPage(Optional.empty(), 1);
        while (!page.isEmpty()) {
            assertThat(page).hasSize(1);
            walked.add(page.get(0));
            page = repositoryUnderTest().findPage(lastIdOf(page), 1);
        }

        assertThat(walked).containsExactlyElementsOf(users);
    }

    @Test
    default void returnsAHundredUsersWithLimitAHundred() {
        List<User> users = inIdOrder(stored(IntStream.range(0, 101).mapToObj(i -> aUser().build()).toList(), 0));

        List<User> first = repositoryUnderTest().findPage(Optional.empty(), 100);
        List<User> second = repositoryUnderTest().findPage(lastIdOf(first), 100);

        assertThat(first).containsExactlyElementsOf(users.subList(0, 100));
        assertThat(second).containsExactly(users.get(100));
    }

    /** Users whose ids start with each crafted prefix, and as many real UUIDv7 ones. */
    private List<User> storedUsersWithMixedIds() {
        List<User> crafted = PREFIXES.stream().map(prefix -> aUser().withId(idStartingWith(prefix)).build()).toList();
        return stored(crafted, PREFIXES.size());
    }

    /** Stores the given users plus {@code realIds} users with genuine UUIDv7 ids, in a shuffled order. */
    private List<User> stored(List<User> users, int realIds) {
        List<User> all = new ArrayList<>(users);
        IntStream.range(0, realIds).forEach(i -> all.add(aUser().build()));
        Collections.shuffle(all, new Random(all.size()));
        all.forEach(repositoryUnderTest()::insert);
        return all;
    }

    private static List<User> inIdOrder(List<User> users) {
        return users.stream().sorted(Comparator.comparing(User::id)).toList();
    }

    private static Optional<UserId> lastIdOf(List<User> page) {
        return Optional.of(page.get(page.size() - 1).id());
    }
}

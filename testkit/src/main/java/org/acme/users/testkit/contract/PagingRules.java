package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.idStartingWith;

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
public sealed interface PagingRules extends RepositoryUnderTest permits UserRepositoryContract {

    @Test
    default void returnsNothingFromAnEmptyStore() {
        Expect.samePage(repositoryUnderTest().findPage(Optional.empty(), 20), List.of(),
                "findPage(from the start, 20) on an empty store", "an empty store has no users to page through");
    }

    @Test
    default void ordersUsersByIdAsUnsignedCanonicalText() {
        List<User> users = storedUsersWithMixedIds();

        Expect.samePage(repositoryUnderTest().findPage(Optional.empty(), 100), inIdOrder(users),
                "findPage(from the start, 100)", unsignedOrder());
    }

    @Test
    default void walksEveryUserExactlyOnceInPagesOfThree() {
        List<User> crafted = Stream.of("f", "0", "8", "7", "c", "3")
                .map(prefix -> aUser().withId(idStartingWith(prefix)).build())
                .toList();
        List<User> users = inIdOrder(stored(crafted, 1));

        List<User> first = repositoryUnderTest().findPage(Optional.empty(), 3);
        Expect.samePage(first, users.subList(0, 3), "findPage(from the start, 3) over 7 users", unsignedOrder());
        List<User> second = repositoryUnderTest().findPage(lastIdOf(first), 3);
        Expect.samePage(second, users.subList(3, 6), "findPage(after the first page, 3)", unsignedOrder());
        List<User> third = repositoryUnderTest().findPage(lastIdOf(second), 3);
        Expect.samePage(third, users.subList(6, 7), "findPage(after the second page, 3)", unsignedOrder());
        Expect.samePage(repositoryUnderTest().findPage(lastIdOf(third), 3), List.of(),
                "findPage(after the last user, 3)", "nothing follows the last user");
    }

    @Test
    default void startsAfterTheGivenIdWhenIdsWithTheHighBitSetFollow() {
        List<User> users = storedUsersWithMixedIds();
        UserId middle = UserId.parse("7fffffff-ffff-7fff-bfff-ffffffffffff").orElseThrow();

        Expect.samePage(repositoryUnderTest().findPage(Optional.of(middle), 100),
                inIdOrder(users).stream().filter(user -> user.id().compareTo(middle) > 0).toList(),
                "findPage(after " + middle + ", 100)",
                "a page starts right after the given id, and ids from 8 to f come after it: " + unsignedOrder());
    }

    @Test
    default void continuesAfterAnIdThatNoLongerExists() {
        List<User> users = inIdOrder(storedUsersWithMixedIds());
        User removed = users.get(4);
        repositoryUnderTest().delete(removed.id(), removed.version());

        Expect.samePage(repositoryUnderTest().findPage(Optional.of(removed.id()), 3), users.subList(5, 8),
                "findPage(after the id of a user removed meanwhile, 3)",
                "a page starts after the given id whether or not a user still has it, never again from the start");
    }

    @Test
    default void continuesAfterAnIdThatNeverExisted() {
        List<User> users = inIdOrder(storedUsersWithMixedIds());
        UserId beforeEveryone = UserId.parse("00000000-0000-0000-0000-000000000000").orElseThrow();
        UserId afterEveryone = UserId.parse("ffffffff-ffff-ffff-ffff-ffffffffffff").orElseThrow();
        String rule = "a page starts after the given id whether or not a user ever had it";

        Expect.samePage(repositoryUnderTest().findPage(Optional.of(beforeEveryone), 2), users.subList(0, 2),
                "findPage(after " + beforeEveryone + ", 2)", rule);
        Expect.samePage(repositoryUnderTest().findPage(Optional.of(afterEveryone), 2), List.of(),
                "findPage(after " + afterEveryone + ", 2)", rule);
    }

    @Test
    default void returnsOneUserPerPageWithLimitOne() {
        List<User> users = inIdOrder(storedUsersWithMixedIds());
        List<User> walked = new ArrayList<>();

        List<User> page = repositoryUnderTest().findPage(Optional.empty(), 1);
        while (!page.isEmpty() && walked.size() <= users.size()) {
            Expect.that(page.size() == 1, "findPage(after %s, 1) returned %s, but a page holds at most its limit.",
                    walked.isEmpty() ? "nothing" : walked.get(walked.size() - 1).id(), Expect.ids(page));
            walked.add(page.get(0));
            page = repositoryUnderTest().findPage(lastIdOf(page), 1);
        }

        Expect.samePage(walked, users, "walking the store in pages of one",
                "every user comes once, " + unsignedOrder());
    }

    @Test
    default void returnsAHundredUsersWithLimitAHundred() {
        List<User> users = inIdOrder(stored(IntStream.range(0, 101).mapToObj(i -> aUser().build()).toList(), 0));

        List<User> first = repositoryUnderTest().findPage(Optional.empty(), 100);
        Expect.samePage(first, users.subList(0, 100), "findPage(from the start, 100) over 101 users",
                "a page holds as many users as its limit allows");
        Expect.samePage(repositoryUnderTest().findPage(lastIdOf(first), 100), users.subList(100, 101),
                "findPage(after the first hundred, 100)", "the 101st user follows on the next page");
    }

    /** Users whose ids start with each crafted prefix, and as many real UUIDv7 ones. */
    private List<User> storedUsersWithMixedIds() {
        List<String> prefixes = List.of("0", "00000000", "7", "7fffffff", "8", "80000000", "c", "f", "ffffffff");
        List<User> crafted = prefixes.stream().map(prefix -> aUser().withId(idStartingWith(prefix)).build()).toList();
        return stored(crafted, prefixes.size());
    }

    /** Stores the given users plus {@code realIds} users with genuine UUIDv7 ids, in a shuffled order. */
    private List<User> stored(List<User> users, int realIds) {
        List<User> all = new ArrayList<>(users);
        IntStream.range(0, realIds).forEach(i -> all.add(aUser().build()));
        Collections.shuffle(all, new Random(all.size()));
        all.forEach(repositoryUnderTest()::insert);
        return all;
    }

    private static String unsignedOrder() {
        return "pages ascend by id as unsigned canonical text (not by UUID.compareTo, which is signed)";
    }

    private static List<User> inIdOrder(List<User> users) {
        return users.stream().sorted(Comparator.comparing(User::id)).toList();
    }

    private static Optional<UserId> lastIdOf(List<User> page) {
        return Optional.of(page.get(page.size() - 1).id());
    }
}

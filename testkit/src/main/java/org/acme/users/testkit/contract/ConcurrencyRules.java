package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;
import org.junit.jupiter.api.Test;

/**
 * The rules hold when requests race on real threads: a check followed by a separate write is not enough, the
 * database itself must decide (a unique index, a conditional write). A check-then-act wins a race now and then by
 * luck, so each race is run again, on fresh data, for {@link #ROUNDS} rounds; the first round it loses fails the
 * rule.
 */
public sealed interface ConcurrencyRules extends RepositoryUnderTest permits UserRepositoryContract {

    /** How many requests race in each round. */
    int CONTENDERS = 16;
    /** How many rounds each race runs when the adapter wins them all. */
    int ROUNDS = 5;
    /** How many registrations of one identity race, as API.md's 64 concurrent requests do. */
    int OWNER_CONTENDERS = 64;

    @Test
    default void letsExactlyOneOfConcurrentRegistrationsOfOneEmailSucceed() {
        UserRepository repository = repositoryUnderTest();
        for (int round = 1; round <= ROUNDS; round++) {
            String address = "race" + round + "@example.com";
            List<User> sameAddress = IntStream.range(0, CONTENDERS)
                    .mapToObj(i -> aUser().withEmail(address).withName("Contender " + i).build())
                    .toList();

            Race.Outcome outcome = Race.run(CONTENDERS, i -> () -> repository.insert(sameAddress.get(i)));

            String race = raceOf(round, CONTENDERS + " concurrent inserts of users with the address " + address);
            outcome.expectOneWinner(race, EmailAlreadyUsedException.class);
            User winner = Expect.found(repository.findByEmail(EmailAddress.of(address)), "findByEmail(" + address
                    + ") after " + race, "the one insert that succeeded is stored");
            Expect.that(sameAddress.contains(winner), "after %s, findByEmail(%s) found %s, but it must find the"
                    + " contender that won, exactly as inserted.", race, address, Expect.describe(winner));
            Expect.that(repository.findPage(Optional.empty(), 100).size() == round, "after %s, %d users are stored,"
                    + " but exactly one per round may be.", race, repository.findPage(Optional.empty(), 100).size());
        }
    }

    @Test
    default void letsExactlyOneOfConcurrentRegistrationsOfOneOwnerSucceed() {
        UserRepository repository = repositoryUnderTest();
        for (int round = 1; round <= ROUNDS; round++) {
            Owner owner = new Owner("https://issuer.example.org", "racing-subject-" + round);
            List<User> sameOwner = IntStream.range(0, OWNER_CONTENDERS)
                    .mapToObj(i -> aUser().ownedBy(owner).withName("Contender " + i).build())
                    .toList();

            Race.Outcome outcome = Race.run(OWNER_CONTENDERS, i -> () -> repository.insert(sameOwner.get(i)));

            String race = raceOf(round, OWNER_CONTENDERS + " concurrent inserts of users of one owner");
            outcome.expectOneWinner(race, OwnerAlreadyRegisteredException.class);
            User winner = Expect.found(repository.findByOwner(owner), "findByOwner after " + race,
                    "the one insert that succeeded is stored");
            Expect.that(sameOwner.contains(winner), "after %s, findByOwner found %s, but it must find the contender"
                    + " that won, exactly as inserted.", race, Expect.describe(winner));
            long losersStored = sameOwner.stream().filter(user -> !user.equals(winner))
                    .filter(user -> repository.findByEmail(user.email()).isPresent()).count();
            Expect.that(losersStored == 0, "after %s, %d of the refused users' addresses are taken, but a refused"
                    + " insert changes nothing.", race, losersStored);
        }
    }

    @Test
    default void letsExactlyOneOfConcurrentChangesFromOneVersionWin() {
        UserRepository repository = repositoryUnderTest();
        for (int round = 1; round <= ROUNDS; round++) {
            User original = aUser().build();
            repository.insert(original);
            User start = original.changeTo(original.details(), original.updatedAt());
            repository.update(start);
            int offset = round * CONTENDERS;
            List<User> changes = IntStream.range(0, CONTENDERS)
                    .mapToObj(i -> start.changeTo(UserDetails.of("change" + (offset + i) + "@example.com",
                            "Change " + i), start.updatedAt().plusMillis(i)))
                    .toList();

            Race.Outcome outcome = Race.run(CONTENDERS, i -> () -> repository.update(changes.get(i)));

            String race = raceOf(round, CONTENDERS + " concurrent changes of one user, all made from version 1");
            outcome.expectOneWinner(race, VersionConflictException.class);
            User stored = Expect.found(repository.findById(start.id()), "findById after " + race,
                    "the user is still there");
            Expect.that(stored.version() == 2 && changes.contains(stored), "after %s, the stored user is %s, but it"
                    + " must be the winning change, exactly, at version 2.", race, Expect.describe(stored));
        }
    }

    @Test
    default void letsExactlyOneOfConcurrentChangesToOneNewEmailSucceed() {
        UserRepository repository = repositoryUnderTest();
        for (int round = 1; round <= ROUNDS; round++) {
            List<User> users = IntStream.range(0, CONTENDERS).mapToObj(i -> aUser().build()).toList();
            users.forEach(repository::insert);
            String wanted = "wanted" + round + "@example.com";
            List<User> changes = users.stream()
                    .map(user -> user.changeTo(UserDetails.of(wanted, "Taker"), user.updatedAt()))
                    .toList();

            Race.Outcome outcome = Race.run(CONTENDERS, i -> () -> repository.update(changes.get(i)));

            String race = raceOf(round, CONTENDERS + " users concurrently changing to the address " + wanted);
            outcome.expectOneWinner(race, EmailAlreadyUsedException.class);
            User taker = Expect.found(repository.findByEmail(EmailAddress.of(wanted)), "findByEmail(" + wanted
                    + ") after " + race, "the one change that succeeded is stored");
            long changed = users.stream().map(user -> repository.findById(user.id()).orElseThrow())
                    .filter(user -> user.version() == 1).count();
            Expect.that(changed == 1 && changes.contains(taker), "after %s, %d of the users were changed, but only"
                    + " the one that won may be.", race, changed);
        }
    }

    @Test
    default void letsExactlyOneOfConcurrentRemovalsSucceed() {
        UserRepository repository = repositoryUnderTest();
        for (int round = 1; round <= ROUNDS; round++) {
            User user = aUser().build();
            repository.insert(user);

            Race.Outcome outcome = Race.run(CONTENDERS, i -> () -> repository.delete(user.id(), 0));

            String race = raceOf(round, CONTENDERS + " concurrent removals of one user at version 0");
            outcome.expectOneWinner(race, UserNotFoundException.class, VersionConflictException.class);
            Expect.nothing(repository.findById(user.id()), "findById after " + race, "the removed user is gone");
        }
    }

    @Test
    default void storesEveryOneOfConcurrentInsertsOfDistinctUsers() {
        UserRepository repository = repositoryUnderTest();
        int usersPerContender = 8;
        List<List<User>> batches = IntStream.range(0, CONTENDERS)
                .mapToObj(i -> IntStream.range(0, usersPerContender).mapToObj(j -> aUser().build()).toList())
                .toList();

        Race.Outcome outcome = Race.run(CONTENDERS, i -> () -> batches.get(i).forEach(repository::insert));

        String race = CONTENDERS + " contenders concurrently inserting " + usersPerContender + " distinct users each";
        outcome.expectEveryoneToWin(race);
        List<User> expected = batches.stream().flatMap(List::stream).sorted(Comparator.comparing(User::id)).toList();
        String rule = "every one of the " + expected.size() + " inserted users is stored, in id order";
        List<User> first = repository.findPage(Optional.empty(), 100);
        Expect.samePage(first, expected.subList(0, 100), "findPage(from the start, 100) after " + race, rule);
        Expect.samePage(repository.findPage(Optional.of(expected.get(99).id()), 100),
                expected.subList(100, expected.size()), "findPage(after the first hundred, 100) after " + race, rule);
    }

    private static String raceOf(int round, String race) {
        return race + " (round " + round + " of " + ROUNDS + ")";
    }
}

package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.aUserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.VersionConflictException;
import org.junit.jupiter.api.Test;

/** Every change and removal names the version it was made from; anything else changes nothing. */
public sealed interface VersioningRules extends RepositoryUnderTest permits UserRepositoryContract {

    @Test
    default void storesExactlyTheChangedSnapshotWhenTheVersionMatches() {
        User ada = stored(aUser().withEmail("ada@example.com").withName("Ada").build());
        Instant later = ada.updatedAt().plusMillis(1500);
        User changed = ada.changeTo(UserDetails.of("countess@example.com", "Ada King"), later);

        Expect.succeeds("changing a user from its stored version 0", "a change made from the stored version is taken",
                () -> repositoryUnderTest().update(changed));

        Expect.sameUser(repositoryUnderTest().findById(ada.id()), changed, "findById after the change",
                "a change stores exactly the changed snapshot: version 1, the new fields, the creation time kept");
    }

    @Test
    default void acceptsChangesOneAfterAnotherEachFromTheLatestVersion() {
        User current = stored(aUser().build());

        for (int change = 1; change <= 5; change++) {
            User next = current.changeTo(UserDetails.of("ada+" + change + "@example.com", "Ada " + change),
                    current.updatedAt().plusMillis(1));
            Expect.succeeds("change " + change + " of 5, made from version " + current.version(),
                    "each change made from the latest version is taken", () -> repositoryUnderTest().update(next));
            current = next;
        }

        Expect.sameUser(repositoryUnderTest().findById(current.id()), current, "findById after five changes",
                "the last change is stored, at version 5");
    }

    @Test
    default void rejectsAChangeMadeFromAStaleVersionAndKeepsTheStoredOne() {
        User ada = stored(aUser().build());
        User first = ada.changeTo(UserDetails.of("first@example.com", "First"), ada.updatedAt().plusMillis(1));
        User stale = ada.changeTo(UserDetails.of("stale@example.com", "Stale"), ada.updatedAt().plusMillis(2));
        repositoryUnderTest().update(first);

        VersionConflictException refusal = Expect.refusal(VersionConflictException.class,
                "a second change made from version 0, after the first one made version 1",
                "a change made from a stale version would overwrite one it never saw",
                () -> repositoryUnderTest().update(stale));

        Expect.that(refusal.id().equals(ada.id()), "the VersionConflictException names user %s, but it must name the"
                + " user whose change was refused, %s.", refusal.id(), ada.id());
        Expect.sameUser(repositoryUnderTest().findById(ada.id()), first, "findById after the refused change",
                "a refused change changes nothing");
        Expect.nothing(repositoryUnderTest().findByEmail(stale.email()), "findByEmail(the refused change's address)",
                "a refused change changes nothing");
    }

    @Test
    default void rejectsAChangeMadeFromAVersionNotYetReached() {
        User ada = stored(aUser().build());
        User fromTheFuture = aUser().withId(ada.id()).withEmail("future@example.com").withVersion(3).build();

        Expect.refusal(VersionConflictException.class, "a change made from version 2 of a user stored at version 0",
                "a change must be made from the stored version", () -> repositoryUnderTest().update(fromTheFuture));

        Expect.sameUser(repositoryUnderTest().findById(ada.id()), ada, "findById after the refused change",
                "a refused change changes nothing");
    }

    @Test
    default void reportsAChangeToAMissingUserAsNotFound() {
        UserId missing = aUserId();
        User changeOfNobody = aUser().withId(missing).withVersion(1).build();

        UserNotFoundException refusal = Expect.refusal(UserNotFoundException.class,
                "changing a user that was never stored", "only a stored user can be changed",
                () -> repositoryUnderTest().update(changeOfNobody));

        Expect.that(refusal.id().equals(missing), "the UserNotFoundException names user %s, but it must name the user"
                + " that is missing, %s.", refusal.id(), missing);
        Expect.nothing(repositoryUnderTest().findById(missing), "findById after the refused change",
                "a change of a missing user must not create it");
    }

    @Test
    default void removesAUserAtTheExpectedVersion() {
        User ada = stored(aUser().build());
        User changed = ada.changeTo(UserDetails.of("countess@example.com", "Ada"), ada.updatedAt());
        repositoryUnderTest().update(changed);

        Expect.succeeds("removing a user at its stored version 1", "a removal at the stored version is taken",
                () -> repositoryUnderTest().delete(ada.id(), 1));

        String rule = "a removed user is gone by id, by address and from every page";
        Expect.nothing(repositoryUnderTest().findById(ada.id()), "findById after the removal", rule);
        Expect.nothing(repositoryUnderTest().findByEmail(changed.email()), "findByEmail after the removal", rule);
        Expect.samePage(repositoryUnderTest().findPage(Optional.empty(), 10), List.of(), "findPage after the removal",
                rule);
    }

    @Test
    default void rejectsRemovingAStaleVersionAndKeepsTheUser() {
        User ada = stored(aUser().build());
        User changed = ada.changeTo(UserDetails.of("countess@example.com", "Ada"), ada.updatedAt());
        repositoryUnderTest().update(changed);
        String rule = "a removal must name the stored version";

        Expect.refusal(VersionConflictException.class, "removing at version 0 a user stored at version 1", rule,
                () -> repositoryUnderTest().delete(ada.id(), 0));
        Expect.refusal(VersionConflictException.class, "removing at version 2 a user stored at version 1", rule,
                () -> repositoryUnderTest().delete(ada.id(), 2));

        Expect.sameUser(repositoryUnderTest().findById(ada.id()), changed, "findById after the refused removals",
                "a refused removal changes nothing");
    }

    @Test
    default void reportsRemovingAMissingUserAsNotFound() {
        UserId missing = aUserId();

        UserNotFoundException refusal = Expect.refusal(UserNotFoundException.class,
                "removing a user that was never stored", "only a stored user can be removed",
                () -> repositoryUnderTest().delete(missing, 0));

        Expect.that(refusal.id().equals(missing), "the UserNotFoundException names user %s, but it must name the user"
                + " that is missing, %s.", refusal.id(), missing);
    }

    @Test
    default void reportsRemovingAUserTwiceAsNotFound() {
        User ada = stored(aUser().build());
        repositoryUnderTest().delete(ada.id(), 0);

        Expect.refusal(UserNotFoundException.class, "removing a user a second time", "a removed user is gone",
                () -> repositoryUnderTest().delete(ada.id(), 0));
    }

    private User stored(User user) {
        repositoryUnderTest().insert(user);
        return user;
    }
}

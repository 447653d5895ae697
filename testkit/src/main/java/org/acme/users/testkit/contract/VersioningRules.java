package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.aUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;
import org.junit.jupiter.api.Test;

/** Every change and removal names the version it was made from; anything else changes nothing. */
interface VersioningRules extends RepositoryUnderTest {

    @Test
    default void storesExactlyTheChangedSnapshotWhenTheVersionMatches() {
        User ada = stored(aUser().withEmail("ada@example.com").withName("Ada").build());
        Instant later = ada.updatedAt().plusMillis(1500);
        User changed = ada.changeTo(UserDetails.of("countess@example.com", "Ada King"), later);

        repositoryUnderTest().update(changed);

        User found = repositoryUnderTest().findById(ada.id()).orElseThrow();
        assertThat(found).isEqualTo(changed);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.createdAt()).isEqualTo(ada.createdAt());
        assertThat(found.updatedAt()).isEqualTo(later);
    }

    @Test
    default void acceptsChangesOneAfterAnotherEachFromTheLatestVersion() {
        User current = stored(aUser().build());

        for (int change = 1; change <= 5; change++) {
            current = current.changeTo(UserDetails.of("ada+" + change + "@example.com", "Ada " + change),
                    current.updatedAt().plusMillis(1));
            repositoryUnderTest().update(current);
        }

        assertThat(repositoryUnderTest().findById(current.id())).contains(current);
        assertThat(current.version()).isEqualTo(5);
    }

    @Test
    default void rejectsAChangeMadeFromAStaleVersionAndKeepsTheStoredOne() {
        User ada = stored(aUser().build());
        User first = ada.changeTo(UserDetails.of("first@example.com", "First"), ada.updatedAt().plusMillis(1));
        User stale = ada.changeTo(UserDetails.of("stale@example.com", "Stale"), ada.updatedAt().plusMillis(2));
        repositoryUnderTest().update(first);

        assertThatThrownBy(() -> repositoryUnderTest().update(stale))
                .isInstanceOf(VersionConflictException.class)
                .extracting(thrown -> ((VersionConflictException) thrown).id())
                .isEqualTo(ada.id());
        assertThat(repositoryUnderTest().findById(ada.id())).contains(first);
        assertThat(repositoryUnderTest().findByEmail(stale.email())).isEmpty();
    }

    @Test
    default void rejectsAChangeMadeFromAVersionNotYetReached() {
        User ada = stored(aUser().build());
        User fromTheFuture = aUser().withId(ada.id()).withEmail("future@example.com").withVersion(3).build();

        assertThatThrownBy(() -> repositoryUnderTest().update(fromTheFuture))
                .isInstanceOf(VersionConflictException.class);
        assertThat(repositoryUnderTest().findById(ada.id())).contains(ada);
    }

    @Test
    default void reportsAChangeToAMissingUserAsNotFound() {
        UserId missing = aUserId();
        User changeOfNobody = aUser().withId(missing).withVersion(1).build();

        assertThatThrownBy(() -> repositoryUnderTest().update(changeOfNobody))
                .isInstanceOf(UserNotFoundException.class)
                .extracting(thrown -> ((UserNotFoundException) thrown).id())
                .isEqualTo(missing);
        assertThat(repositoryUnderTest().findById(missing)).isEmpty();
    }

    @Test
    default void removesAUserAtTheExpectedVersion() {
        User ada = stored(aUser().build());
        User changed = ada.changeTo(UserDetails.of("countess@example.com", "Ada"), ada.updatedAt());
        repositoryUnderTest().update(changed);

        repositoryUnderTest().delete(ada.id(), 1);

        assertThat(repositoryUnderTest().findById(ada.id())).isEmpty();
        assertThat(repositoryUnderTest().findByEmail(changed.email())).isEmpty();
        assertThat(repositoryUnderTest().findPage(Optional.empty(), 10)).isEmpty();
    }

    @Test
    default void rejectsRemovingAStaleVersionAndKeepsTheUser() {
        User ada = stored(aUser().build());
        User changed = ada.changeTo(UserDetails.of("countess@example.com", "Ada"), ada.updatedAt());
        repositoryUnderTest().update(changed);

        UserRepository repository = repositoryUnderTest();
        assertThatThrownBy(() -> repository.delete(ada.id(), 0)).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> repository.delete(ada.id(), 2)).isInstanceOf(VersionConflictException.class);
        assertThat(repositoryUnderTest().findById(ada.id())).contains(changed);
    }

    @Test
    default void reportsRemovingAMissingUserAsNotFound() {
        UserId missing = aUserId();

        assertThatThrownBy(() -> repositoryUnderTest().delete(missing, 0))
                .isInstanceOf(UserNotFoundException.class)
                .extracting(thrown -> ((UserNotFoundException) thrown).id())
                .isEqualTo(missing);
    }

    @Test
    default void reportsRemovingAUserTwiceAsNotFound() {
        User ada = stored(aUser().build());
        repositoryUnderTest().delete(ada.id(), 0);

        assertThatThrownBy(() -> repositoryUnderTest().delete(ada.id(), 0)).isInstanceOf(UserNotFoundException.class);
    }

    private User stored(User user) {
        repositoryUnderTest().insert(user);
        return user;
    }
}

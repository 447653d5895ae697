package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Addresses are unique in their normalised form, and only in that form: a case- or accent-insensitive
 * collation in the database would merge addresses the domain keeps apart.
 */
interface EmailUniquenessRules extends RepositoryUnderTest {

    @Test
    default void rejectsASecondUserWithTheSameEmailInAnyCase() {
        User ada = aUser().withEmail("Ada@Example.com").build();
        User impostor = aUser().withEmail("ada@example.com").build();
        repositoryUnderTest().insert(ada);

        assertThatThrownBy(() -> repositoryUnderTest().insert(impostor))
                .isInstanceOf(EmailAlreadyUsedException.class)
                .extracting(thrown -> ((EmailAlreadyUsedException) thrown).email())
                .isEqualTo(EmailAddress.of("ada@example.com"));
        assertThat(repositoryUnderTest().findById(impostor.id())).isEmpty();
        assertThat(repositoryUnderTest().findByEmail(ada.email())).contains(ada);
        assertThat(repositoryUnderTest().findPage(Optional.empty(), 10)).containsExactly(ada);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({
        "résumé@x.org, resume@x.org",
        "straße@x.org, strasse@x.org",
        "ａda@x.org, ada@x.org",
        "ǳ@x.org, dz@x.org",
        "ı@x.org, i@x.org",
    })
    default void keepsAddressesThatOnlyACollationWouldMergeAsDifferentUsers(String first, String second) {
        User one = aUser().withEmail(first).build();
        User other = aUser().withEmail(second).build();

        repositoryUnderTest().insert(one);
        repositoryUnderTest().insert(other);

        assertThat(repositoryUnderTest().findByEmail(EmailAddress.of(first))).contains(one);
        assertThat(repositoryUnderTest().findByEmail(EmailAddress.of(second))).contains(other);
    }

    @Test
    default void findsByEmailOnlyTheExactNormalisedAddress() {
        repositoryUnderTest().insert(aUser().withEmail("résumé@x.org").build());

        assertThat(repositoryUnderTest().findByEmail(EmailAddress.of("resume@x.org"))).isEmpty();
        assertThat(repositoryUnderTest().findByEmail(EmailAddress.of("résumé@x.or"))).isEmpty();
    }

    @Test
    default void rejectsChangingAnEmailToOneAnotherUserHasAndChangesNothing() {
        User ada = aUser().withEmail("ada@example.com").build();
        User grace = aUser().withEmail("grace@example.com").build();
        repositoryUnderTest().insert(ada);
        repositoryUnderTest().insert(grace);
        User graceAsAda = grace.changeTo(UserDetails.of("ADA@example.com", "Grace Hopper"), later(grace));

        assertThatThrownBy(() -> repositoryUnderTest().update(graceAsAda))
                .isInstanceOf(EmailAlreadyUsedException.class);
        assertThat(repositoryUnderTest().findById(grace.id())).contains(grace);
        assertThat(repositoryUnderTest().findByEmail(ada.email())).contains(ada);
    }

    @Test
    default void letsAUserKeepItsOwnEmailWhenChangingItsName() {
        User ada = aUser().withEmail("ada@example.com").build();
        repositoryUnderTest().insert(ada);
        User renamed = ada.changeTo(UserDetails.of("Ada@Example.com", "Ada King"), later(ada));

        repositoryUnderTest().update(renamed);

        assertThat(repositoryUnderTest().findByEmail(ada.email())).contains(renamed);
    }

    @Test
    default void freesTheOldEmailWhenAUserChangesIt() {
        User ada = aUser().withEmail("ada@example.com").build();
        repositoryUnderTest().insert(ada);
        repositoryUnderTest().update(ada.changeTo(UserDetails.of("countess@example.com", "Ada"), later(ada)));
        User newcomer = aUser().withEmail("ada@example.com").build();

        assertThat(repositoryUnderTest().findByEmail(ada.email())).isEmpty();
        repositoryUnderTest().insert(newcomer);
        assertThat(repositoryUnderTest().findByEmail(ada.email())).contains(newcomer);
    }

    @Test
    default void freesTheEmailWhenItsUserIsDeleted() {
        User ada = aUser().withEmail("ada@example.com").build();
        repositoryUnderTest().insert(ada);
        repositoryUnderTest().delete(ada.id(), ada.version());
        User newcomer = aUser().withEmail("ada@example.com").build();

        repositoryUnderTest().insert(newcomer);

        assertThat(repositoryUnderTest().findByEmail(ada.email())).contains(newcomer);
    }

    private static Instant later(User user) {
        return user.updatedAt().plusMillis(1);
    }
}

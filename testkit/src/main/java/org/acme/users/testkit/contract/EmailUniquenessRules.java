package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;

import java.time.Instant;
import java.util.List;
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
public sealed interface EmailUniquenessRules extends RepositoryUnderTest permits UserRepositoryContract {

    @Test
    default void rejectsASecondUserWithTheSameEmailInAnyCase() {
        User ada = aUser().withEmail("Ada@Example.com").build();
        User impostor = aUser().withEmail("ada@example.com").build();
        repositoryUnderTest().insert(ada);

        EmailAlreadyUsedException refusal = Expect.refusal(EmailAlreadyUsedException.class,
                "inserting a second user with ada@example.com, after one registered as Ada@Example.com",
                "an address belongs to one user only", () -> repositoryUnderTest().insert(impostor));

        Expect.that(refusal.email().equals(EmailAddress.of("ada@example.com")), "the EmailAlreadyUsedException names"
                + " %s, but it must name the address that is taken, ada@example.com.", refusal.email());
        Expect.nothing(repositoryUnderTest().findById(impostor.id()), "findById(the refused user)",
                "a refused write changes nothing");
        Expect.sameUser(repositoryUnderTest().findByEmail(ada.email()), ada, "findByEmail(ada@example.com) after the"
                + " refused insert", "a refused write changes nothing");
        Expect.samePage(repositoryUnderTest().findPage(Optional.empty(), 10), List.of(ada),
                "findPage after the refused insert", "a refused write changes nothing, so the first user is alone");
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
        String rule = "the domain keeps " + first + " and " + second + " apart, so a database must not compare them"
                + " as one (use a binary collation)";

        repositoryUnderTest().insert(one);
        Expect.succeeds("inserting a user with " + second + " after one with " + first, rule,
                () -> repositoryUnderTest().insert(other));

        Expect.sameUser(repositoryUnderTest().findByEmail(EmailAddress.of(first)), one, "findByEmail(" + first + ")",
                rule);
        Expect.sameUser(repositoryUnderTest().findByEmail(EmailAddress.of(second)), other,
                "findByEmail(" + second + ")", rule);
    }

    @Test
    default void findsByEmailOnlyTheExactNormalisedAddress() {
        repositoryUnderTest().insert(aUser().withEmail("résumé@x.org").build());
        String rule = "an address is found by its exact normalised form only";

        Expect.nothing(repositoryUnderTest().findByEmail(EmailAddress.of("resume@x.org")),
                "findByEmail(resume@x.org) with only résumé@x.org stored", rule + ", never by an accent-folded one");
        Expect.nothing(repositoryUnderTest().findByEmail(EmailAddress.of("résumé@x.or")),
                "findByEmail(résumé@x.or) with only résumé@x.org stored", rule + ", never by a prefix");
    }

    @Test
    default void rejectsChangingAnEmailToOneAnotherUserHasAndChangesNothing() {
        User ada = aUser().withEmail("ada@example.com").build();
        User grace = aUser().withEmail("grace@example.com").build();
        repositoryUnderTest().insert(ada);
        repositoryUnderTest().insert(grace);
        User graceAsAda = grace.changeTo(UserDetails.of("ADA@example.com", "Grace Hopper"), later(grace));

        Expect.refusal(EmailAlreadyUsedException.class, "changing Grace's address to ADA@example.com, which Ada has",
                "an address belongs to one user only", () -> repositoryUnderTest().update(graceAsAda));

        Expect.sameUser(repositoryUnderTest().findById(grace.id()), grace, "findById(grace) after the refused change",
                "a refused write changes nothing");
        Expect.sameUser(repositoryUnderTest().findByEmail(ada.email()), ada,
                "findByEmail(ada@example.com) after the refused change", "a refused write changes nothing");
    }

    @Test
    default void letsAUserKeepItsOwnEmailWhenChangingItsName() {
        User ada = aUser().withEmail("ada@example.com").build();
        repositoryUnderTest().insert(ada);
        User renamed = ada.changeTo(UserDetails.of("Ada@Example.com", "Ada King"), later(ada));

        Expect.succeeds("changing Ada's name while keeping her address", "a user's own address is not taken from it",
                () -> repositoryUnderTest().update(renamed));

        Expect.sameUser(repositoryUnderTest().findByEmail(ada.email()), renamed,
                "findByEmail(ada@example.com) after the change", "the change is stored");
    }

    @Test
    default void freesTheOldEmailWhenAUserChangesIt() {
        User ada = aUser().withEmail("ada@example.com").build();
        repositoryUnderTest().insert(ada);
        repositoryUnderTest().update(ada.changeTo(UserDetails.of("countess@example.com", "Ada"), later(ada)));
        User newcomer = aUser().withEmail("ada@example.com").build();
        String rule = "an address a user gave up is free for anyone";

        Expect.nothing(repositoryUnderTest().findByEmail(ada.email()),
                "findByEmail(ada@example.com) after Ada changed to countess@example.com", rule);
        Expect.succeeds("inserting a newcomer with ada@example.com after Ada gave it up", rule,
                () -> repositoryUnderTest().insert(newcomer));
        Expect.sameUser(repositoryUnderTest().findByEmail(ada.email()), newcomer, "findByEmail(ada@example.com)", rule);
    }

    @Test
    default void freesTheEmailWhenItsUserIsDeleted() {
        User ada = aUser().withEmail("ada@example.com").build();
        repositoryUnderTest().insert(ada);
        repositoryUnderTest().delete(ada.id(), ada.version());
        User newcomer = aUser().withEmail("ada@example.com").build();
        String rule = "the address of a removed user is free for anyone";

        Expect.succeeds("inserting a newcomer with ada@example.com after Ada was removed", rule,
                () -> repositoryUnderTest().insert(newcomer));

        Expect.sameUser(repositoryUnderTest().findByEmail(ada.email()), newcomer, "findByEmail(ada@example.com)", rule);
    }

    private static Instant later(User user) {
        return user.updatedAt().plusMillis(1);
    }
}

package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.anOwner;

import java.util.List;
import java.util.Optional;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.junit.jupiter.api.Test;

/**
 * A user's owner (the issuer and subject of the identity that registered it) is stored exactly, found exactly, and
 * unique: one identity owns one user at most. A refused insert claims neither its address nor its owner, which an
 * adapter that claims them in two steps must undo.
 */
public sealed interface OwnershipRules extends RepositoryUnderTest permits UserRepositoryContract {

    @Test
    default void storesTheOwnerExactlyAsTheIdentityProviderWroteIt() {
        String longestSubject = "𝔘".repeat(254) + "x";
        Owner unusual = new Owner("https://Login.Example.org/tenant/Ä", longestSubject);
        User owned = aUser().ownedBy(unusual).build();
        User ownerless = aUser().build();
        repositoryUnderTest().insert(owned);
        repositoryUnderTest().insert(ownerless);

        String rule = "an owner is kept as given, case, non-ASCII and 255 code points of four UTF-8 bytes included";
        Expect.sameUser(repositoryUnderTest().findById(owned.id()), owned, "findById(a user with an owner)", rule);
        Expect.sameUser(repositoryUnderTest().findByOwner(unusual), owned, "findByOwner(its owner)", rule);
        Expect.sameUser(repositoryUnderTest().findById(ownerless.id()), ownerless, "findById(a user with no owner)",
                "a user registered by nobody in particular has no owner");
    }

    @Test
    default void findsAnOwnersUserByTheExactIssuerAndSubjectOnly() {
        Owner ada = new Owner("https://issuer.example.org", "Ada");
        User adas = aUser().ownedBy(ada).build();
        repositoryUnderTest().insert(aUser().ownedBy(anOwner()).build());
        repositoryUnderTest().insert(adas);
        repositoryUnderTest().insert(aUser().build());
        String rule = "an owner is found by its exact issuer and subject, never by a case-folded or partial one";

        Expect.sameUser(repositoryUnderTest().findByOwner(ada), adas, "findByOwner(Ada)", rule);
        Expect.nothing(repositoryUnderTest().findByOwner(new Owner(ada.issuer(), "ada")), "findByOwner(ada)", rule);
        Expect.nothing(repositoryUnderTest().findByOwner(new Owner(ada.issuer(), "Ad")), "findByOwner(Ad)", rule);
        Expect.nothing(repositoryUnderTest().findByOwner(new Owner("https://other.example.org", "Ada")),
                "findByOwner(Ada of another issuer)", rule);
    }

    @Test
    default void rejectsASecondUserOfTheSameOwnerAndStoresNothingOfIt() {
        Owner owner = anOwner();
        User first = aUser().ownedBy(owner).build();
        User second = aUser().ownedBy(owner).build();
        repositoryUnderTest().insert(first);

        OwnerAlreadyRegisteredException refusal = Expect.refusal(OwnerAlreadyRegisteredException.class,
                "inserting a second user of the same owner", "an identity owns one user at most",
                () -> repositoryUnderTest().insert(second));

        Expect.that(owner.equals(refusal.owner()), "the OwnerAlreadyRegisteredException names %s, but it must name"
                + " the owner that is taken.", refusal.owner());
        String rule = "a refused write changes nothing";
        Expect.nothing(repositoryUnderTest().findById(second.id()), "findById(the refused user)", rule);
        Expect.nothing(repositoryUnderTest().findByEmail(second.email()), "findByEmail(the refused user's address)",
                rule);
        Expect.sameUser(repositoryUnderTest().findByOwner(owner), first, "findByOwner after the refused insert", rule);
        Expect.succeeds("inserting a user with the refused user's address and no owner",
                "a refused insert does not claim its address", () -> repositoryUnderTest().insert(
                        aUser().withEmail(second.email()).build()));
    }

    @Test
    default void letsTheSameSubjectOfAnotherIssuerOwnAUserOfItsOwn() {
        User ofOne = aUser().ownedBy(new Owner("https://one.example.org", "42")).build();
        User ofOther = aUser().ownedBy(new Owner("https://other.example.org", "42")).build();
        repositoryUnderTest().insert(ofOne);

        Expect.succeeds("inserting a user owned by subject 42 of another issuer",
                "a subject is unique within its issuer only", () -> repositoryUnderTest().insert(ofOther));
        Expect.sameUser(repositoryUnderTest().findByOwner(ofOther.owner().orElseThrow()), ofOther,
                "findByOwner(subject 42 of the other issuer)", "each issuer's subject owns its own user");
    }

    @Test
    default void anInsertRefusedForItsAddressLeavesItsOwnerFree() {
        User taken = aUser().build();
        repositoryUnderTest().insert(taken);
        Owner owner = anOwner();

        Expect.refusal(EmailAlreadyUsedException.class, "inserting an owned user with an address that is taken",
                "an address belongs to one user only",
                () -> repositoryUnderTest().insert(aUser().withEmail(taken.email()).ownedBy(owner).build()));

        Expect.nothing(repositoryUnderTest().findByOwner(owner), "findByOwner after the refused insert",
                "a refused write changes nothing");
        User retry = aUser().ownedBy(owner).build();
        Expect.succeeds("inserting a user of the same owner with a free address",
                "a refused insert does not claim its owner", () -> repositoryUnderTest().insert(retry));
        Expect.sameUser(repositoryUnderTest().findByOwner(owner), retry, "findByOwner after the retry",
                "the retried insert is stored");
    }

    @Test
    default void keepsTheOwnerThroughChangesOfAddressAndName() {
        Owner owner = anOwner();
        User original = aUser().ownedBy(owner).build();
        repositoryUnderTest().insert(original);
        User changed = original.changeTo(UserDetails.of("moved@example.org", "Ada King"), original.updatedAt());

        repositoryUnderTest().update(changed);

        String rule = "a change never touches the owner";
        Expect.sameUser(repositoryUnderTest().findByOwner(owner), changed, "findByOwner after a change", rule);
        Expect.sameUser(repositoryUnderTest().findById(original.id()), changed, "findById after a change", rule);
        Expect.refusal(OwnerAlreadyRegisteredException.class, "inserting another user of the owner after the change",
                "the changed user still belongs to its owner",
                () -> repositoryUnderTest().insert(aUser().ownedBy(owner).build()));
    }

    @Test
    default void freesTheOwnerWhenItsUserIsRemoved() {
        Owner owner = anOwner();
        User first = aUser().ownedBy(owner).build();
        repositoryUnderTest().insert(first);

        repositoryUnderTest().delete(first.id(), 0);

        Expect.nothing(repositoryUnderTest().findByOwner(owner), "findByOwner after its user was removed",
                "a removed user belongs to nobody");
        User again = aUser().ownedBy(owner).build();
        Expect.succeeds("inserting a new user of the owner whose user was removed",
                "removing a user frees its owner", () -> repositoryUnderTest().insert(again));
        Expect.samePage(repositoryUnderTest().findPage(Optional.empty(), 10), List.of(again),
                "findPage after the second registration", "only the new user is stored");
    }
}

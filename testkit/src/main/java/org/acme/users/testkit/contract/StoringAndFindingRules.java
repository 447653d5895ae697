package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.aUserId;
import static org.acme.users.testkit.data.UserTestData.anEmail;

import java.time.Instant;
import java.util.TimeZone;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stored user comes back exactly as it went in, field by field, by id and by address. */
public sealed interface StoringAndFindingRules extends RepositoryUnderTest permits UserRepositoryContract {

    @Test
    default void findsAnInsertedUserByIdWithEveryFieldIntact() {
        User user = aUser().withName("Ada Lovelace")
                .withCreatedAt(Instant.parse("2026-11-24T22:00:00.123Z"))
                .withUpdatedAt(Instant.parse("2026-11-24T22:00:01.456Z"))
                .build();

        repositoryUnderTest().insert(user);

        Expect.sameUser(repositoryUnderTest().findById(user.id()), user, "findById after an insert",
                "a stored user comes back exactly as it was inserted, field by field, at version 0");
    }

    @Test
    default void findsAnInsertedUserByItsAddressWhicheverWayItWasTyped() {
        User user = aUser().withEmail("  Ada.Lovelace@Example.COM ").build();

        repositoryUnderTest().insert(user);

        for (String typed : new String[] {"ada.lovelace@example.com", "ADA.LOVELACE@EXAMPLE.COM"}) {
            Expect.sameUser(repositoryUnderTest().findByEmail(EmailAddress.of(typed)), user,
                    "findByEmail(\"" + typed + "\") after inserting a user registered as"
                            + " \"  Ada.Lovelace@Example.COM \"",
                    "an address is stored and found in its normalised form, trimmed and in lower case");
        }
    }

    @Test
    default void findsNothingForAnIdOrAddressNobodyHas() {
        repositoryUnderTest().insert(aUser().build());
        UserId nobodysId = aUserId();
        EmailAddress nobodysAddress = anEmail();

        Expect.nothing(repositoryUnderTest().findById(nobodysId), "findById(" + nobodysId + ") for an id nobody has",
                "a lookup finds only the user it names");
        Expect.nothing(repositoryUnderTest().findByEmail(nobodysAddress),
                "findByEmail(" + nobodysAddress + ") for an address nobody has",
                "a lookup finds only the user it names");
    }

    @Test
    default void keepsUsersApartFromEachOther() {
        User ada = aUser().withEmail("ada@example.com").withName("Ada").build();
        User grace = aUser().withEmail("grace@example.com").withName("Grace").build();

        repositoryUnderTest().insert(ada);
        repositoryUnderTest().insert(grace);

        String rule = "each stored user keeps its own fields";
        Expect.sameUser(repositoryUnderTest().findById(ada.id()), ada, "findById(ada) with Ada and Grace stored", rule);
        Expect.sameUser(repositoryUnderTest().findById(grace.id()), grace, "findById(grace) with Ada and Grace stored",
                rule);
        Expect.sameUser(repositoryUnderTest().findByEmail(grace.email()), grace,
                "findByEmail(grace@example.com) with Ada and Grace stored", rule);
    }

    @ParameterizedTest(name = "created {0}, updated {1}")
    @CsvSource({
        "2001-09-09T01:46:40.000Z, 2001-09-09T01:46:40.001Z",
        "2026-03-29T01:30:00.999Z, 2026-03-29T02:30:00.500Z",
        "2026-11-01T06:30:00.001Z, 2026-11-01T07:30:00.010Z",
        "2038-01-19T03:14:08.123Z, 2038-01-19T03:14:08.124Z",
        "2099-12-31T23:59:59.999Z, 2099-12-31T23:59:59.999Z",
    })
    default void keepsTimestampsToTheMillisecondInUtc(Instant createdAt, Instant updatedAt) {
        User user = aUser().withCreatedAt(createdAt).withUpdatedAt(updatedAt).build();

        repositoryUnderTest().insert(user);

        Expect.sameUser(repositoryUnderTest().findById(user.id()), user,
                "findById after inserting a user created " + createdAt + " and updated " + updatedAt,
                "timestamps round-trip to the millisecond, in UTC, on every database");
    }

    /** Catches timestamps stored as local date-times, which shift when a server moves to another zone. */
    @Test
    default void keepsTimestampsWhenTheDefaultTimeZoneChangesBetweenWritingAndReading() {
        User user = aUser().withCreatedAt(Instant.parse("2026-03-29T01:30:00.250Z"))
                .withUpdatedAt(Instant.parse("2026-07-01T12:00:00.750Z"))
                .build();
        UserRepository repository = repositoryUnderTest();
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            repository.insert(user);
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));

            Expect.sameUser(repository.findById(user.id()), user,
                    "findById in the America/St_Johns time zone, of a user inserted in Pacific/Kiritimati",
                    "an instant is stored as an instant, whatever the JVM's or the server's time zone");
        } finally {
            TimeZone.setDefault(original);
        }
    }
}

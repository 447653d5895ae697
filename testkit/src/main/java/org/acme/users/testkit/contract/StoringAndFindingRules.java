package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.aUserId;
import static org.acme.users.testkit.data.UserTestData.anEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.TimeZone;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stored user comes back exactly as it went in, field by field, by id and by address. */
interface StoringAndFindingRules extends RepositoryUnderTest {

    @Test
    default void findsAnInsertedUserByIdWithEveryFieldIntact() {
        User user = aUser().withName("Ada Lovelace")
                .withCreatedAt(Instant.parse("2026-11-24T22:00:00.123Z"))
                .withUpdatedAt(Instant.parse("2026-11-24T22:00:01.456Z"))
                .build();

        repositoryUnderTest().insert(user);

        User found = repositoryUnderTest().findById(user.id()).orElseThrow();
        assertThat(found.id()).isEqualTo(user.id());
        assertThat(found.email()).isEqualTo(user.email());
        assertThat(found.name()).isEqualTo(user.name());
        assertThat(found.createdAt()).isEqualTo(user.createdAt());
        assertThat(found.updatedAt()).isEqualTo(user.updatedAt());
        assertThat(found.version()).isZero();
        assertThat(found).isEqualTo(user);
    }

    @Test
    default void findsAnInsertedUserByItsAddressWhicheverWayItWasTyped() {
        User user = aUser().withEmail("  Ada.Lovelace@Example.COM ").build();

        repositoryUnderTest().insert(user);

        assertThat(repositoryUnderTest().findByEmail(EmailAddress.of("ada.lovelace@example.com"))).contains(user);
        assertThat(repositoryUnderTest().findByEmail(EmailAddress.of("ADA.LOVELACE@EXAMPLE.COM"))).contains(user);
    }

    @Test
    default void findsNothingForAnIdOrAddressNobodyHas() {
        repositoryUnderTest().insert(aUser().build());

        assertThat(repositoryUnderTest().findById(aUserId())).isEmpty();
        assertThat(repositoryUnderTest().findByEmail(anEmail())).isEmpty();
    }

    @Test
    default void keepsUsersApartFromEachOther() {
        User ada = aUser().withEmail("ada@example.com").withName("Ada").build();
        User grace = aUser().withEmail("grace@example.com").withName("Grace").build();

        repositoryUnderTest().insert(ada);
        repositoryUnderTest().insert(grace);

        assertThat(repositoryUnderTest().findById(ada.id())).contains(ada);
        assertThat(repositoryUnderTest().findById(grace.id())).contains(grace);
        assertThat(repositoryUnderTest().findByEmail(grace.email())).contains(grace);
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

        User found = repositoryUnderTest().findById(user.id()).orElseThrow();
        assertThat(found.createdAt()).isEqualTo(createdAt);
        assertThat(found.updatedAt()).isEqualTo(updatedAt);
    }

    /** Catches timestamps stored as local date-times, which shift when a server moves to another zone. */
    @Test
    default void keepsTimestampsWhenTheDefaultTimeZoneChangesBetweenWritingAndReading() {
        User user = aUser().withCreatedAt(Instant.parse("2026-03-29T01:30:00.250Z"))
                .withUpdatedAt(Instant.parse("2026-07-01T12:00:00.750Z"))
                .build();
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            repositoryUnderTest().insert(user);
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));

            assertThat(repositoryUnderTest().findById(user.id())).contains(user);
        } finally {
            TimeZone.setDefault(original);
        }
    }
}

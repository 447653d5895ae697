package org.acme.users.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.acme.users.application.port.in.Caller;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;

/** Users and a clock for the service tests, so each test states only what matters to it. */
final class SampleUsers {

    static final UserId ADA_ID = idOf("01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b");
    static final Instant CREATED_AT = Instant.parse("2026-11-24T22:00:00.123Z");
    /** Later than every sample user, and finer than a millisecond so that truncation shows. */
    static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456789Z");
    static final Instant NOW_IN_MILLIS = Instant.parse("2026-11-25T10:15:30.123Z");
    static final UserDetails NEW_DETAILS = UserDetails.of("Grace@Example.com", "Grace Hopper");
    static final Owner ADAS_IDENTITY = new Owner("https://issuer.example.org", "ada");
    static final Caller ANYONE = Caller.anyone();
    static final Caller ADA = Caller.member(ADAS_IDENTITY);
    static final Caller STRANGER = Caller.member(new Owner("https://issuer.example.org", "mallory"));
    static final Caller ADMIN = Caller.admin(new Owner("https://issuer.example.org", "root"));

    private SampleUsers() {
    }

    static Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    static User adaAtVersion(long version) {
        return userAtVersion(ADA_ID, version);
    }

    static User userAtVersion(UserId id, long version) {
        return new User(id, new EmailAddress("ada@example.com"), new UserName("Ada Lovelace"), Optional.empty(),
                CREATED_AT, CREATED_AT, version);
    }

    /** Ada's user as registered by Ada herself, so it belongs to {@link #ADAS_IDENTITY}. */
    static User adaOwnedAtVersion(long version) {
        return new User(ADA_ID, new EmailAddress("ada@example.com"), new UserName("Ada Lovelace"),
                Optional.of(ADAS_IDENTITY), CREATED_AT, CREATED_AT, version);
    }

    static UserId idOf(String canonical) {
        return new UserId(UUID.fromString(canonical));
    }
}

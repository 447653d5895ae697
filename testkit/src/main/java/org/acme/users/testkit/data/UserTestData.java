package org.acme.users.testkit.data;

import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserIdGenerator;

/**
 * Test data for users, so a test states only what matters to it: {@code aUser().withEmail("x@y").build()}
 * is a valid user with a fresh UUIDv7 id, a unique address and version 0.
 */
public final class UserTestData {

    private static final UserIdGenerator IDS = UserIdGenerator.systemDefault();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private UserTestData() {
    }

    /** A builder for a valid user at version 0 whose every field is fresh unless set. */
    public static UserBuilder aUser() {
        return new UserBuilder(aUserId(), anEmail(), "Ada Lovelace");
    }

    /** A fresh UUIDv7 id, as the service makes them. */
    public static UserId aUserId() {
        return IDS.next();
    }

    /** An address no other call returns, in normalised form. */
    public static EmailAddress anEmail() {
        return new EmailAddress("user-" + SEQUENCE.incrementAndGet() + "@example.org");
    }

    /** An owner no other call returns: a fresh subject of one test issuer. */
    public static Owner anOwner() {
        return new Owner("https://issuer.example.org", "subject-" + SEQUENCE.incrementAndGet());
    }

    /**
     * A fresh id whose canonical text starts with {@code hexPrefix} (1 to 8 hex digits), e.g. {@code "f"} or
     * {@code "8"} for an id with the high bit set, which signed UUID comparison wrongly sorts first. The rest
     * is a fresh UUIDv7, so ids with the same prefix still differ and keep their version and variant bits.
     */
    public static UserId idStartingWith(String hexPrefix) {
        if (hexPrefix.isEmpty() || hexPrefix.length() > 8 || !hexPrefix.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("expected 1 to 8 hex digits: " + hexPrefix);
        }
        String crafted = hexPrefix.toLowerCase(Locale.ROOT) + aUserId().toString().substring(hexPrefix.length());
        return UserId.parse(crafted).orElseThrow();
    }
}

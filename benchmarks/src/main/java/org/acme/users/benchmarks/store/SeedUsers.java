package org.acme.users.benchmarks.store;

import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;

/**
 * The users a benchmark database is filled with. User number {@code i} is always the same user, so every
 * benchmark JVM can name any stored user, and check that the stored data is the expected one, without
 * reading the table first. Ids are UUIDv7 one millisecond apart, so they ascend with {@code i}.
 */
public final class SeedUsers {

    private static final long FIRST_MILLIS = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC_9562 = 0x8000_0000_0000_0000L;
    private static final long RANDOM_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final int RANDOM_12_BITS = 0xFFF;

    private SeedUsers() {
    }

    public static User number(long i) {
        Instant created = Instant.ofEpochMilli(FIRST_MILLIS + i);
        return new User(idOf(i), emailOf(i), new UserName("Seed user " + i), Optional.empty(), created, created, 0);
    }

    public static UserId idOf(long i) {
        SplittableRandom bits = new SplittableRandom(i);
        long mostSignificant = ((FIRST_MILLIS + i) << 16) | VERSION_7 | (bits.nextInt() & RANDOM_12_BITS);
        long leastSignificant = VARIANT_RFC_9562 | (bits.nextLong() & RANDOM_62_BITS);
        return new UserId(new UUID(mostSignificant, leastSignificant));
    }

    public static EmailAddress emailOf(long i) {
        return new EmailAddress("seed-" + i + "@bench.example");
    }
}

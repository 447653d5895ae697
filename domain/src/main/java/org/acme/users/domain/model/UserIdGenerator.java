package org.acme.users.domain.model;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Makes UUIDv7 ids (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter, then 62 random bits.
 * Ids from one generator strictly increase, also within one millisecond and when the clock steps back:
 * the counter (RFC 9562 §6.2, method 1) carries into the timestamp rather than repeat or go backwards.
 */
public final class UserIdGenerator {

    private static final int COUNTER_BITS = 12;
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC_9562 = 0x8000_0000_0000_0000L;
    private static final long RANDOM_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    private final Clock clock;
    private final RandomGenerator random;
    /** Timestamp and counter of the last id handed out, as one 60-bit number. */
    private long lastTimeAndCounter = Long.MIN_VALUE;

    public UserIdGenerator(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A generator on the system clock with a cryptographically strong random source. */
    public static UserIdGenerator systemDefault() {
        return new UserIdGenerator(Clock.systemUTC(), new SecureRandom());
    }

    public UserId next() {
        long timeAndCounter = nextTimeAndCounter();
        long millis = timeAndCounter >>> COUNTER_BITS;
        long counter = timeAndCounter & ((1L << COUNTER_BITS) - 1);
        long mostSignificant = (millis << 16) | VERSION_7 | counter;
        long leastSignificant = VARIANT_RFC_9562 | (random.nextLong() & RANDOM_62_BITS);
        return new UserId(new UUID(mostSignificant, leastSignificant));
    }

    private synchronized long nextTimeAndCounter() {
        // A new millisecond starts its counter at a random value in the lower half, leaving room to count up.
        long fresh = (clock.millis() << COUNTER_BITS) | random.nextInt(1 << (COUNTER_BITS - 1));
        lastTimeAndCounter = Math.max(fresh, lastTimeAndCounter + 1);
        return lastTimeAndCounter;
    }
}

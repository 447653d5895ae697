package org.acme.users.adapter.persistence.sql.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits, within a bound, for something that is expected to start working again, such as a restored database. */
public final class Eventually {

    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private Eventually() {
    }

    /**
     * Calls {@code attempt} until it returns without throwing, and returns what it returned; fails with the last
     * exception once {@code bound} has passed.
     */
    public static <T> T succeeds(Duration bound, Supplier<T> attempt) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException stillFailing) {
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("still failing after " + bound.toSeconds() + " s", stillFailing);
                }
                LockSupport.parkNanos(PAUSE_NANOS);
            }
        }
    }

    /** Asks until the answer is {@code true}; fails once {@code bound} has passed. */
    public static void holds(Duration bound, String condition, Supplier<Boolean> check) {
        succeeds(bound, () -> {
            if (!check.get()) {
                throw new IllegalStateException("not yet: " + condition);
            }
            return true;
        });
    }
}

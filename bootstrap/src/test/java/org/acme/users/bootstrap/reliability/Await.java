package org.acme.users.bootstrap.reliability;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a bound, checking it every few milliseconds; never sleeps a fixed time. */
public final class Await {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private Await() {
    }

    /** Returns once {@code condition} holds; fails naming {@code what} if it does not within {@code limit}. */
    public static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
        }
    }
}

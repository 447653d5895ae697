package org.acme.users.application.service;

import java.util.function.Supplier;
import org.acme.users.domain.port.VersionConflictException;

/**
 * Repeats a write made from the version just read while other writes keep getting in first, so that a
 * change or removal that did not name a version is applied to whatever is current and never lost.
 */
final class LatestVersionRetry {

    /**
     * Every conflict means another write succeeded, so one of N simultaneous writes to a user conflicts
     * at most N - 1 times; the bound only keeps a misbehaving repository from looping for ever.
     */
    static final int MAX_ATTEMPTS = 100;

    private LatestVersionRetry() {
    }

    /** Runs {@code readThenWrite} until it gets through, and rethrows the last conflict after the bound. */
    static void run(Runnable readThenWrite) {
        LatestVersionRetry.<Void>get(() -> {
            readThenWrite.run();
            return null;
        });
    }

    /** Like {@link #run(Runnable)}, for a write that returns what it wrote. */
    static <T> T get(Supplier<T> readThenWrite) {
        for (int attempt = 1; ; attempt++) {
            try {
                return readThenWrite.get();
            } catch (VersionConflictException conflict) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}

package org.acme.users.adapter.persistence.redis;

import java.time.Duration;

/**
 * The lease of a claim on an address or an owner. A write may commit a claimed value only within
 * {@code commitWindow} of the claim; a claim whose user does not hold the value counts as abandoned, and may be
 * taken over, only after {@code takeoverAfter}. The gap between the two is the margin for clocks of different nodes
 * that disagree: a write that was too slow to commit in time can never land after another user took its value over.
 */
record ClaimTimes(Duration commitWindow, Duration takeoverAfter) {

    static final ClaimTimes DEFAULT = new ClaimTimes(Duration.ofSeconds(5), Duration.ofSeconds(15));

    ClaimTimes {
        if (commitWindow.isNegative() || commitWindow.isZero() || takeoverAfter.compareTo(commitWindow) <= 0) {
            throw new IllegalArgumentException("a claim must be taken over only after its commit window closed");
        }
    }
}

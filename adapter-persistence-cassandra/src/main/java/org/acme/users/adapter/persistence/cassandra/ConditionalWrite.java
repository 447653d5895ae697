package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A lightweight transaction whose outcome a timeout can leave unknown (a contention timeout is one), settled by a
 * serial read: the read completes or discards whatever round of the transaction is still open, and then tells
 * whether the write applied. A write found not applied is tried again, in all at most {@value #ATTEMPTS} times; a
 * settling read that times out is tried again too, but a node that does not answer at all (a client-side timeout)
 * ends it at once, so that an outage is reported within seconds.
 */
final class ConditionalWrite {

    static final int ATTEMPTS = 3;

    private ConditionalWrite() {
    }

    /**
     * @param write  the conditional write, answering its outcome
     * @param settle after a timeout: the outcome if the row shows it, empty if the write did not apply
     */
    static <T> T settled(Supplier<T> write, Supplier<Optional<T>> settle) {
        DriverException unknown = null;
        boolean mayHaveApplied = false;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (!mayHaveApplied) {
                try {
                    return write.get();
                } catch (DriverException e) {
                    unknown = unlessOutcomeUnknown(e);
                    mayHaveApplied = true;
                }
            }
            try {
                Optional<T> outcome = settle.get();
                if (outcome.isPresent()) {
                    return outcome.get();
                }
                mayHaveApplied = false;
            } catch (DriverTimeoutException silent) {
                throw silent;
            } catch (DriverException e) {
                unknown = unlessOutcomeUnknown(e);
            }
        }
        throw unknown;
    }

    private static DriverException unlessOutcomeUnknown(DriverException failure) {
        if (!CassandraFailures.isOutcomeUnknown(failure)) {
            throw failure;
        }
        return failure;
    }
}

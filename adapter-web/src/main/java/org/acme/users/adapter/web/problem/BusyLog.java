package org.acme.users.adapter.web.problem;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * How busy answers are logged. Each one is a DEBUG line under its request id (and, like every request, an
 * access line with {@code status=503}); a WARN goes out for the first one and then at most once per
 * {@link #WARN_EVERY}, counting the answers since the last WARN. A saturated service thus says so promptly
 * without writing a line per refused request, which would cost the very time it is short of.
 */
final class BusyLog {

    static final Duration WARN_EVERY = Duration.ofSeconds(30);

    private final Logger log;
    private final AtomicLong refusedSinceWarning = new AtomicLong();
    private final AtomicLong nextWarningNanos = new AtomicLong(System.nanoTime());

    BusyLog(Logger log) {
        this.log = log;
    }

    void refused(RuntimeException failure) {
        long refused = refusedSinceWarning.incrementAndGet();
        log.debug("Service busy: {}", failure.getMessage());
        long now = System.nanoTime();
        long due = nextWarningNanos.get();
        if (now - due >= 0 && nextWarningNanos.compareAndSet(due, now + WARN_EVERY.toNanos())) {
            refusedSinceWarning.addAndGet(-refused);
            log.warn("Service busy: {} request(s) answered 503 service-busy since the last such warning: {}",
                    refused, failure.getMessage());
        }
    }
}

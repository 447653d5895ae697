package org.acme.users.adapter.web.request;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.LoggerFactory;

/** Every log event while open, access lines included (the test configuration mutes them otherwise). */
final class CapturedLogs implements AutoCloseable {

    private static final String ACCESS_LOGGER = "org.acme.users.access";
    /** The access line is written after the answer went out, so a test may look before it is there. */
    private static final Duration ACCESS_LINE_LIMIT = Duration.ofSeconds(10);

    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Logger access = (Logger) LoggerFactory.getLogger(ACCESS_LOGGER);
    private final Level accessLevel = access.getLevel();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            // Fixes the MDC and the message now, on the thread that logged.
            event.prepareForDeferredProcessing();
            events.add(event);
        }
    };

    private CapturedLogs() {
        appender.start();
        root.addAppender(appender);
        access.setLevel(Level.INFO);
    }

    static CapturedLogs start() {
        return new CapturedLogs();
    }

    /** The access line of the request, waited for within a bound. */
    String accessLineOf(String requestId) {
        Instant deadline = Instant.now().plus(ACCESS_LINE_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            List<ILoggingEvent> lines = of(requestId).stream()
                    .filter(event -> event.getLoggerName().equals(ACCESS_LOGGER))
                    .toList();
            if (!lines.isEmpty()) {
                return lines.get(0).getFormattedMessage();
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        throw new AssertionError("no access line for request " + requestId + " within " + ACCESS_LINE_LIMIT);
    }

    /** The events logged at WARN or above while the request was served. */
    List<ILoggingEvent> problemsOf(String requestId) {
        return of(requestId).stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).toList();
    }

    private List<ILoggingEvent> of(String requestId) {
        return events.stream().filter(event -> requestId.equals(event.getMDCPropertyMap().get(RequestIdFilter.MDC_KEY))).toList();
    }

    @Override
    public void close() {
        access.setLevel(accessLevel);
        root.detachAppender(appender);
        appender.stop();
    }
}

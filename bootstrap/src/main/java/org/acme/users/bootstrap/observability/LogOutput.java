package org.acme.users.bootstrap.observability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.acme.users.bootstrap.config.LogFormat;
import org.slf4j.LoggerFactory;

/**
 * Writes the log in the chosen {@link LogFormat}. {@code logback.xml} sets up text; for JSON the root logger's
 * appenders are swapped for one with Logback's own {@link JsonEncoder}, which writes one object per line:
 * {@code timestamp}, {@code level}, {@code threadName}, {@code loggerName}, {@code mdc}, {@code kvpList},
 * {@code formattedMessage} and {@code throwable}.
 */
public final class LogOutput {

    private LogOutput() {
    }

    public static void use(LogFormat format) {
        // Under another SLF4J binding (a team reusing the bootstrap with its own logging) there is nothing to do.
        if (format == LogFormat.TEXT || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        // Leaves out what a log collector has no use for: counters, nanoseconds, the raw message template.
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        ConsoleAppender<ILoggingEvent> json = new ConsoleAppender<>();
        json.setContext(context);
        json.setName("json");
        json.setEncoder(encoder);
        json.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(json);
    }
}

package org.acme.users.bootstrap.observability;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import org.acme.users.bootstrap.config.LogFormat;
import org.slf4j.LoggerFactory;

/**
 * Points the log at the appender of the chosen {@link LogFormat}. Logback configures itself before the settings
 * are read, so for a format other than its default the configuration is read again with the choice filled in.
 */
public final class LogOutput {

    /** The variable {@code logback.xml} reads to pick its appender. */
    static final String FORMAT_PROPERTY = "users.log.format";

    private static final String CONFIGURATION = "logback.xml";

    private LogOutput() {
    }

    public static void use(LogFormat format) {
        // Under another SLF4J binding (a team reusing the bootstrap with its own logging) there is nothing to do.
        if (format == LogFormat.TEXT || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        URL configuration = LogOutput.class.getClassLoader().getResource(CONFIGURATION);
        if (configuration == null) {
            throw new IllegalStateException(CONFIGURATION + " is missing from the class path");
        }
        context.reset();
        context.putProperty(FORMAT_PROPERTY, format.appenderName());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            throw new IllegalStateException("cannot configure logging from " + configuration, e);
        }
    }
}

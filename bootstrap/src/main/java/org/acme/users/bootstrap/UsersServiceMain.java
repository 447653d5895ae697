package org.acme.users.bootstrap;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.acme.users.bootstrap.config.SettingSources;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.bootstrap.observability.LogOutput;
import org.acme.users.bootstrap.server.ShutdownHook;
import org.acme.users.bootstrap.server.TerminationSignal;
import org.acme.users.bootstrap.server.UsersService;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts the service from the command line. A start-up failure ends the process with exit code 2 and one
 * line on stderr that names the setting to fix; SIGTERM shuts it down gracefully with exit code 0, or 1 when the
 * shutdown could not end cleanly (see {@link ShutdownHook}).
 */
public final class UsersServiceMain {

    static final int EXIT_START_UP_FAILED = 2;

    private UsersServiceMain() {
    }

    public static void main(String[] arguments) throws InterruptedException {
        // Tomcat logs through java.util.logging; route it to SLF4J like everything else.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        UsersService service;
        try {
            Settings settings = SettingSources.read(arguments, System.getenv(), Path.of(""));
            LogOutput.use(settings.logFormat());
            service = UsersService.start(settings);
        } catch (RuntimeException failure) {
            System.err.println("users-service: cannot start: " + describe(failure));
            System.exit(EXIT_START_UP_FAILED);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        ShutdownHook.install(() -> {
            try {
                service.close();
            } finally {
                stopped.countDown();
            }
        });
        TerminationSignal.exitCleanlyOnSigterm();
        stopped.await();
    }

    /** The one line for stderr: the setting to fix if the cause is known, else the innermost failure. */
    private static String describe(Throwable failure) {
        if (failure instanceof InvalidSettingException) {
            return failure.getMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        LoggerFactory.getLogger(UsersServiceMain.class).error("Start-up failed", failure);
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + message + " (details in the log)";
    }
}

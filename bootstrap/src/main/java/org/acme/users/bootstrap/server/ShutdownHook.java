package org.acme.users.bootstrap.server;

import java.util.function.IntConsumer;
import org.slf4j.LoggerFactory;

/**
 * Closes the service when the JVM is asked to end (SIGTERM, SIGINT, {@code System.exit}). A shutdown that fails,
 * such as requests cut off at the end of the grace period or a pool that would not close, ends the process with
 * {@link #EXIT_SHUTDOWN_FAILED} instead of the 0 of a clean stop, so a service manager can tell the two apart.
 */
public final class ShutdownHook implements Runnable {

    public static final int EXIT_SHUTDOWN_FAILED = 1;

    private final AutoCloseable service;
    private final IntConsumer halt;

    /** @param halt ends the JVM with a status at once; in a shutdown hook only {@code Runtime.halt} can still do that */
    ShutdownHook(AutoCloseable service, IntConsumer halt) {
        this.service = service;
        this.halt = halt;
    }

    /** Registers the hook; {@link Runnable#run} of the returned thread has closed the service once it ends. */
    public static Thread install(AutoCloseable service) {
        Thread hook = new Thread(new ShutdownHook(service, Runtime.getRuntime()::halt), "graceful-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    @Override
    public void run() {
        try {
            service.close();
        } catch (Exception failure) {
            LoggerFactory.getLogger(ShutdownHook.class).error("The shutdown did not end cleanly", failure);
            halt.accept(EXIT_SHUTDOWN_FAILED);
        }
    }
}

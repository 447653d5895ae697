package org.acme.users.bootstrap.server;

import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Makes SIGTERM a normal exit. The JVM's own handler runs the shutdown hooks too, but then exits with
 * 143 (128 + 15), which service managers and CI take for a failure; exiting with 0 after the graceful
 * shutdown says "stopped as asked". SIGINT (Ctrl-C) keeps the JVM's behaviour.
 */
public final class TerminationSignal {

    private TerminationSignal() {
    }

    public static void exitCleanlyOnSigterm() {
        try {
            // System.exit runs the shutdown hooks, where the graceful shutdown lives, before the JVM ends.
            Signal.handle(new Signal("TERM"), signal -> System.exit(0));
        } catch (IllegalArgumentException unsupported) {
            LoggerFactory.getLogger(TerminationSignal.class)
                    .warn("Cannot handle SIGTERM on this platform; it will end the process with exit code 143");
        }
    }
}

package org.acme.users.adapter.persistence.cassandra.node;

import java.io.IOException;
import java.io.InputStream;

/**
 * The entry point of a node's JVM: Cassandra's own daemon, plus a watch on standard input, which the parent holds
 * open. When the parent ends in any way, even by {@code kill -9}, the pipe closes and the node exits through its
 * shutdown hooks (which drain it), so no orphaned server outlives the process that started it.
 */
public final class NodeMain {

    static final String DAEMON = "org.apache.cassandra.service.CassandraDaemon";

    private NodeMain() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Thread watch = new Thread(NodeMain::exitWhenTheParentIsGone, "parent-watch");
        watch.setDaemon(true);
        watch.start();
        // Cassandra is on this JVM's class path only, never on the adapter's: it is reached by name.
        Class.forName(DAEMON).getMethod("main", String[].class).invoke(null, (Object) args);
    }

    private static void exitWhenTheParentIsGone() {
        InputStream parent = System.in;
        try {
            while (parent.read() >= 0) {
                // The parent never writes; anything it might send is ignored.
            }
        } catch (IOException closed) {
            // A broken pipe means the same as the end of the stream.
        }
        System.exit(0);
    }
}

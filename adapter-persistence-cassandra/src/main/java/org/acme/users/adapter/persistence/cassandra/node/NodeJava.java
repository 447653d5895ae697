package org.acme.users.adapter.persistence.cassandra.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The java that runs a node. Cassandra 5.0 runs on JDK 17 but not on 24 or later (it still installs a security
 * manager), so the node may need another JDK than the service: Debian's JDK 17 where it is installed, else the one
 * running this process if it is 17 to 23.
 */
final class NodeJava {

    static final Path DEBIAN_JDK_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
    private static final int OLDEST = 17;
    private static final int NEWEST = 23;

    private NodeJava() {
    }

    static Path find() {
        if (Files.isExecutable(DEBIAN_JDK_17)) {
            return DEBIAN_JDK_17;
        }
        int running = Runtime.version().feature();
        Optional<Path> current = ProcessHandle.current().info().command().map(Path::of);
        if (running >= OLDEST && running <= NEWEST && current.isPresent()) {
            return current.get();
        }
        throw new IllegalStateException("the embedded Cassandra node needs a JDK " + OLDEST + " to " + NEWEST
                + ": none at " + DEBIAN_JDK_17 + ", and this process runs on Java " + running);
    }
}

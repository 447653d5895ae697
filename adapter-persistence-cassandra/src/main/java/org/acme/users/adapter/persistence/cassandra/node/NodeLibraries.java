package org.acme.users.adapter.persistence.cassandra.node;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the jars of Cassandra's server are: a folder {@code cassandra-node} beside the adapter's own code (beside
 * its jar in the service's {@code lib/}, beside {@code target/classes} in a build), or the folder the system property
 * {@value #PROPERTY} names. They are never on the service's class path: Cassandra brings its own Netty, Guava and
 * Jackson.
 */
final class NodeLibraries {

    static final String PROPERTY = "users.cassandra.node.lib";
    static final String FOLDER = "cassandra-node";

    private NodeLibraries() {
    }

    /** The class path of a node's JVM: this adapter's code (for {@link NodeMain}) and every jar of the folder. */
    static String classPath() {
        Path ownCode = ownCode();
        Path folder = folder(ownCode);
        return ownCode + File.pathSeparator + folder.resolve("*");
    }

    static Path folder(Path ownCode) {
        String named = System.getProperty(PROPERTY);
        Path folder = named != null ? Path.of(named) : ownCode.getParent().resolve(FOLDER);
        if (!containsCassandra(folder)) {
            throw new IllegalStateException("the embedded Cassandra node's jars are not in " + folder.toAbsolutePath()
                    + " (build the project, or name the folder with -D" + PROPERTY + "=...)");
        }
        return folder;
    }

    private static boolean containsCassandra(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> jars = Files.list(folder)) {
            return jars.anyMatch(jar -> jar.getFileName().toString().startsWith("cassandra-all-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path ownCode() {
        try {
            return Path.of(NodeLibraries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the Cassandra adapter's code is", e);
        }
    }
}

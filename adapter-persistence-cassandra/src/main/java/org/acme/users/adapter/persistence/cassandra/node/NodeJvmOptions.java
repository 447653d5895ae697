package org.acme.users.adapter.persistence.cassandra.node;

import java.util.List;
import java.util.stream.Stream;

/** The JVM options a Cassandra 5.0 node needs on JDK 17, as its own start script would pass them. */
final class NodeJvmOptions {

    /** A quarter of a GiB of heap: enough for a node that serves one service or one test run. */
    static final String HEAP = "-Xmx256m";

    private static final List<String> BASICS = List.of(
            HEAP, "-Xms256m", "-Xss256k", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError",
            "-Djava.net.preferIPv4Stack=true",
            "-Djdk.attach.allowAttachSelf=true",
            "-Dio.netty.tryReflectionSetAccessible=true",
            "-Dcassandra-foreground=yes",
            // A lone node or a fresh ring on one machine has no gossip to wait for.
            "-Dcassandra.skip_wait_for_gossip_to_settle=0",
            // How long a joining node waits for its seed's first gossip answer; 100 ms failed now and then with
            // "Unable to gossip with any peers" on a busy machine. A seed on its own does not wait at all.
            "-Dcassandra.ring_delay_ms=5000",
            // Nodes of a new ring may join at the same time: none has data to stream.
            "-Dcassandra.consistent.rangemovement=false",
            // With unsafesystem the schema was lost after a kill -9; keep the system tables durable.
            "-Dcassandra.unsafesystem=false");

    private static final List<String> EXPORTS = Stream.of(
                    "java.base/jdk.internal.misc",
                    "java.management.rmi/com.sun.jmx.remote.internal.rmi",
                    "java.management/com.sun.jmx.remote.security",
                    "java.rmi/sun.rmi.registry",
                    "java.rmi/sun.rmi.server",
                    "java.sql/java.sql",
                    "java.base/java.lang.ref",
                    "jdk.unsupported/sun.misc")
            .map(module -> "--add-exports=" + module + "=ALL-UNNAMED")
            .toList();

    private static final List<String> OPENS = Stream.of(
                    "java.base/java.lang.module",
                    "java.base/jdk.internal.loader",
                    "java.base/jdk.internal.ref",
                    "java.base/jdk.internal.reflect",
                    "java.base/jdk.internal.math",
                    "java.base/jdk.internal.module",
                    "java.base/jdk.internal.util.jar",
                    "java.base/sun.nio.ch",
                    "java.base/java.io",
                    "java.base/java.lang.reflect",
                    "java.base/java.lang",
                    "java.base/java.util",
                    "java.base/java.nio",
                    "jdk.management/com.sun.management.internal")
            .map(module -> "--add-opens=" + module + "=ALL-UNNAMED")
            .toList();

    static final List<String> ALL = Stream.of(BASICS, EXPORTS, OPENS).flatMap(List::stream).toList();

    private NodeJvmOptions() {
    }
}

package org.acme.users.adapter.persistence.cassandra.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a node's {@code cassandra.yaml} and logging set-up into its directory. Cassandra rejects unknown keys and
 * needs each of its five directories named, so the file is complete and small. Snapshots before a truncation or a
 * drop are off: this node is for trying out and for tests, which drop keyspaces by the dozen.
 */
final class NodeConfiguration {

    static final String YAML = "cassandra.yaml";
    static final String LOGBACK = "logback.xml";
    static final String LOG = "node.log";

    private NodeConfiguration() {
    }

    static Path write(NodeSpec node) throws IOException {
        Path directory = Files.createDirectories(node.directory());
        Path yaml = directory.resolve(YAML);
        Files.writeString(yaml, yaml(node));
        Files.writeString(directory.resolve(LOGBACK), LOGGING);
        return yaml;
    }

    private static String yaml(NodeSpec node) {
        Path dir = node.directory().toAbsolutePath();
        StringBuilder yaml = new StringBuilder()
                .append("cluster_name: '").append(node.clusterName()).append("'\n")
                .append("num_tokens: 1\n");
        node.initialToken().ifPresent(token -> yaml.append("initial_token: '").append(token).append("'\n"));
        return yaml
                .append("partitioner: org.apache.cassandra.dht.Murmur3Partitioner\n")
                .append("endpoint_snitch: SimpleSnitch\n")
                // Every node of a new ring starts empty, so none has data to stream in first.
                .append("auto_bootstrap: false\n")
                .append("seed_provider:\n")
                .append("  - class_name: org.apache.cassandra.locator.SimpleSeedProvider\n")
                .append("    parameters:\n")
                .append("      - seeds: \"").append(String.join(",", node.seeds())).append("\"\n")
                .append("listen_address: ").append(node.address()).append('\n')
                .append("rpc_address: ").append(node.address()).append('\n')
                .append("storage_port: ").append(node.storagePort()).append('\n')
                .append("native_transport_port: ").append(node.nativePort()).append('\n')
                .append("start_native_transport: true\n")
                .append("commitlog_sync: periodic\n")
                .append("commitlog_sync_period: 10000ms\n")
                .append("auto_snapshot: false\n")
                .append("snapshot_before_compaction: false\n")
                .append("concurrent_compactors: 1\n")
                .append("data_file_directories:\n")
                .append("  - ").append(dir.resolve("data")).append('\n')
                .append(directory("commitlog_directory", dir.resolve("commitlog")))
                .append(directory("saved_caches_directory", dir.resolve("saved_caches")))
                .append(directory("hints_directory", dir.resolve("hints")))
                .append(directory("cdc_raw_directory", dir.resolve("cdc_raw")))
                .toString();
    }

    private static String directory(String key, Path path) {
        return key + ": " + path + '\n';
    }

    /** Arguments of the node's JVM that point it at the files written here. */
    static List<String> systemProperties(NodeSpec node) {
        Path dir = node.directory().toAbsolutePath();
        return List.of(
                "-Dcassandra.config=" + dir.resolve(YAML).toUri(),
                "-Dcassandra.storagedir=" + dir,
                "-Dlogback.configurationFile=" + dir.resolve(LOGBACK),
                "-Dcassandra.logdir=" + dir);
    }

    private static final String LOGGING = """
            <configuration>
              <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <root level="INFO"><appender-ref ref="OUT"/></root>
            </configuration>
            """;
}

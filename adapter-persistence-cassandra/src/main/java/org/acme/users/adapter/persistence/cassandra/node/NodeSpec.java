package org.acme.users.adapter.persistence.cassandra.node;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One node to run: where it listens, whom it asks to join a ring, and the folder that keeps its data.
 *
 * @param clusterName   the same for every node of a ring
 * @param address       a loopback address, e.g. {@code 127.0.0.2} for the second node of a ring
 * @param storagePort   for the other nodes (gossip and replication)
 * @param nativePort    for clients (CQL)
 * @param seeds         {@code address:storagePort} of the nodes a new one contacts first, itself for a lone node
 * @param initialToken  this node's place in the ring; empty lets a lone node choose
 * @param directory     holds the data, the commit log and the node's own configuration and log
 */
public record NodeSpec(
        String clusterName,
        String address,
        int storagePort,
        int nativePort,
        List<String> seeds,
        Optional<String> initialToken,
        Path directory) {

    public NodeSpec {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(address, "address");
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(initialToken, "initialToken");
        Objects.requireNonNull(directory, "directory");
    }

    /** A node alone in its ring, seeding itself. */
    public static NodeSpec alone(String address, int storagePort, int nativePort, Path directory) {
        return new NodeSpec("users", address, storagePort, nativePort, List.of(address + ":" + storagePort),
                Optional.empty(), directory);
    }

    public String describe() {
        return address + ":" + nativePort;
    }
}

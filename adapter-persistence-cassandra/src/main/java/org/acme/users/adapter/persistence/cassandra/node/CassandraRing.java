package org.acme.users.adapter.persistence.cassandra.node;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

/**
 * Three nodes on 127.0.0.1, 127.0.0.2 and 127.0.0.3 (Linux routes all of 127.0.0.0/8 to the loopback interface),
 * sharing one storage port and one CQL port as the nodes of a real ring share theirs. Tokens are spread evenly, so
 * with replication factor 3 every node holds every row and any two of them make a quorum.
 */
public final class CassandraRing implements AutoCloseable {

    public static final List<String> ADDRESSES = List.of("127.0.0.1", "127.0.0.2", "127.0.0.3");

    private final List<NodeSpec> specs;
    private final List<CassandraNode> nodes;

    private CassandraRing(List<NodeSpec> specs, List<CassandraNode> nodes) {
        this.specs = specs;
        this.nodes = nodes;
    }

    /** Starts the first node, which seeds the others, then the other two together. */
    public static CassandraRing start(Path directory) {
        int storagePort = FreePorts.onEvery(ADDRESSES);
        int nativePort = FreePorts.onEvery(ADDRESSES);
        String seed = ADDRESSES.get(0) + ":" + storagePort;
        List<NodeSpec> specs = IntStream.range(0, ADDRESSES.size())
                .mapToObj(i -> new NodeSpec("users-ring", ADDRESSES.get(i), storagePort, nativePort, List.of(seed),
                        Optional.of(evenToken(i, ADDRESSES.size())), directory.resolve("node" + (i + 1))))
                .toList();
        List<CassandraNode> nodes = new ArrayList<>();
        try {
            nodes.add(CassandraNode.start(specs.get(0)));
            List<CompletableFuture<CassandraNode>> others = specs.subList(1, specs.size()).stream()
                    .map(spec -> CompletableFuture.supplyAsync(() -> CassandraNode.start(spec)))
                    .toList();
            for (CompletableFuture<CassandraNode> other : others) {
                try {
                    nodes.add(other.join());
                } catch (CompletionException e) {
                    others.forEach(started -> started.thenAccept(CassandraNode::close));
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
            return new CassandraRing(specs, nodes);
        } catch (RuntimeException e) {
            nodes.forEach(CassandraNode::close);
            throw e;
        }
    }

    /** Murmur3 tokens run from -2^63 to 2^63 - 1; node {@code i} of {@code n} starts its even share. */
    static String evenToken(int i, int n) {
        BigInteger range = BigInteger.TWO.pow(64);
        return range.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(n))
                .subtract(BigInteger.TWO.pow(63)).toString();
    }

    public List<CassandraNode> nodes() {
        return List.copyOf(nodes);
    }

    public CassandraNode node(int index) {
        return nodes.get(index);
    }

    /** Stops one node cleanly, as for maintenance; {@link #restart} brings it back on the same data. */
    public void stop(int index) {
        nodes.get(index).close();
    }

    public void restart(int index) {
        if (nodes.get(index).isRunning()) {
            throw new IllegalStateException("node " + (index + 1) + " is still running");
        }
        nodes.set(index, CassandraNode.start(specs.get(index)));
    }

    @Override
    public void close() {
        // The seed last, so the others do not spend their shutdown looking for it.
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }
}

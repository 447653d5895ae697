package org.acme.users.adapter.persistence.cassandra;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.util.function.Supplier;

/**
 * Gets the shared node or ring for a test: a Cassandra that cannot be started (no JDK 17 to 23, no node jars) skips
 * the test with the reason, except under {@code CI=true}, where it fails it.
 */
final class TestCassandra {

    private TestCassandra() {
    }

    static SharedClusters.Cluster oneNode() {
        return required("one Cassandra node", SharedClusters::oneNode);
    }

    static SharedClusters.Cluster ring() {
        return required("a three-node Cassandra ring", SharedClusters::ring);
    }

    private static SharedClusters.Cluster required(String what, Supplier<SharedClusters.Cluster> start) {
        try {
            return start.get();
        } catch (RuntimeException e) {
            String reason = what + " could not be started: " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                return fail(reason + " (CI=true: a database that cannot be had fails the build)", e);
            }
            return abort(reason);
        }
    }
}

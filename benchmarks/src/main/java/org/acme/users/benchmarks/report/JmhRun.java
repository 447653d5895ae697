package org.acme.users.benchmarks.report;

/** How JMH ran: the JVM and the settings the figures were measured with, as its JSON result records them. */
public record JmhRun(
        String jdkVersion, String vmName, String vmVersion, int forks, int warmupIterations, String warmupTime,
        int measurementIterations, String measurementTime, String mode) {
}

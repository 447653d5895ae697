package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.internal.core.connection.ConstantReconnectionPolicy;
import java.time.Duration;

/**
 * The driver's settings that differ from its defaults, each for a rule of the port: a lost node set must become
 * "unavailable" within seconds and be used again soon after it is back.
 */
final class DriverConfiguration {

    /** The driver's default back-off grows to 60 s; a constant second brings a returning node back promptly. */
    static final Duration RECONNECTION_DELAY = Duration.ofSeconds(1);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Finds a silent connection (a dead link) within seconds even when no request is waiting on it. */
    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(5);
    static final Duration SCHEMA_AGREEMENT_TIMEOUT = Duration.ofSeconds(30);

    private DriverConfiguration() {
    }

    static DriverConfigLoader of(CassandraSettings settings) {
        return DriverConfigLoader.programmaticBuilder()
                // On protocol V5 one contention timeout of a lightweight transaction broke the frame decoding of its
                // connection and failed every request in flight on it; V4 has no such frames.
                .withString(DefaultDriverOption.PROTOCOL_VERSION, "V4")
                .withString(DefaultDriverOption.REQUEST_CONSISTENCY, settings.consistency().name())
                .withString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY, settings.serialConsistency().name())
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, settings.requestTimeout())
                .withClass(DefaultDriverOption.RECONNECTION_POLICY_CLASS, ConstantReconnectionPolicy.class)
                .withDuration(DefaultDriverOption.RECONNECTION_BASE_DELAY, RECONNECTION_DELAY)
                .withDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, CONNECT_TIMEOUT)
                .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, CONNECT_TIMEOUT)
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, CONNECT_TIMEOUT)
                .withDuration(DefaultDriverOption.HEARTBEAT_INTERVAL, HEARTBEAT_INTERVAL)
                .withDuration(DefaultDriverOption.HEARTBEAT_TIMEOUT, CONNECT_TIMEOUT)
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, SCHEMA_AGREEMENT_TIMEOUT)
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, SCHEMA_AGREEMENT_TIMEOUT)
                .build();
    }
}

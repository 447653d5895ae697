package org.acme.users.persistence.spi;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;

/** A database made for one test class; {@link #close()} removes it and stops what was started for it. */
public interface TestDatabase extends AutoCloseable {

    /** The values of the provider's settings that open it on this database. */
    Map<String, String> settings();

    /**
     * Where the database's server listens when the adapter reaches it through that one address, so that a test can
     * put a relay in front and cut it; empty when no relay can stand in front of it: it lives inside the service's
     * process, or it is a cluster whose nodes announce addresses of their own.
     */
    Optional<InetSocketAddress> serverAddress();

    /** The settings of {@link #settings()}, reaching the server at {@code address} instead, e.g. a relay's. */
    Map<String, String> settingsVia(InetSocketAddress address);

    @Override
    void close();
}

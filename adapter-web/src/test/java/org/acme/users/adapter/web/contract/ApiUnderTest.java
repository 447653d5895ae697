package org.acme.users.adapter.web.contract;

import java.net.URI;

/** A running instance of the HTTP API and the levers a test needs on it. */
public interface ApiUnderTest extends AutoCloseable {

    URI baseUri();

    /** The adapter name that {@code /health} reports, such as {@code sql} or {@code mongo}. */
    String adapterName();

    /**
     * Makes the database unreachable, e.g. by cutting a {@code TcpRelay} in front of it. A database that
     * cannot be cut off (one embedded in the service's process) aborts the calling test as skipped.
     */
    void cutDatabase();

    void restoreDatabase();

    @Override
    void close();
}

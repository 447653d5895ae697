package org.acme.users.bootstrap.reliability;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.bootstrap.server.UsersService;
import org.acme.users.testkit.net.TcpRelay;

/**
 * The whole service started in this JVM on a free loopback port, on one database; when that database is
 * reached over the network, the connection goes through a {@link TcpRelay} that a test can cut.
 */
public final class ServiceUnderTest implements AutoCloseable {

    private final UsersService service;
    private final Optional<TcpRelay> relay;
    private final List<AutoCloseable> cleanUp;

    private ServiceUnderTest(UsersService service, Optional<TcpRelay> relay, List<AutoCloseable> cleanUp) {
        this.service = service;
        this.relay = relay;
        this.cleanUp = cleanUp;
    }

    /**
     * Starts the service, or closes {@code relay} and {@code cleanUp} and rethrows if it cannot start.
     *
     * @param cleanUp closed after the service, last first: a database server, a scratch database...
     */
    static ServiceUnderTest start(Settings settings, Optional<TcpRelay> relay, List<AutoCloseable> cleanUp) {
        try {
            return new ServiceUnderTest(UsersService.start(settings), relay, new ArrayList<>(cleanUp));
        } catch (RuntimeException failure) {
            relay.ifPresent(TcpRelay::close);
            closeAll(cleanUp, failure);
            throw failure;
        }
    }

    public URI baseUri() {
        return service.baseUri();
    }

    /** The relay between the service and its database. */
    public TcpRelay relay() {
        return relay.orElseThrow(() -> new IllegalStateException("this database is embedded: there is no relay"));
    }

    @Override
    public void close() {
        IllegalStateException failure = new IllegalStateException("cleaning up after the service failed");
        try {
            service.close();
        } finally {
            relay.ifPresent(TcpRelay::close);
            closeAll(cleanUp, failure);
        }
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static void closeAll(List<AutoCloseable> resources, Throwable collector) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                collector.addSuppressed(e);
            }
        }
    }
}

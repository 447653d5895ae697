package org.acme.users.bootstrap.e2e;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acme.users.adapter.web.contract.ApiUnderTest;
import org.acme.users.adapter.web.contract.UnexpectedFailureEndpoint;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.bootstrap.server.UsersService;
import org.acme.users.testkit.net.TcpRelay;
import org.junit.jupiter.api.Assumptions;

/** The whole service started in this JVM on a free port, with its database behind a relay that tests can cut. */
final class RunningService implements ApiUnderTest {

    private final UsersService service;
    private final Optional<TcpRelay> relay;
    private final String adapterName;
    private final List<AutoCloseable> cleanUp;

    private RunningService(UsersService service, Optional<TcpRelay> relay, String adapterName, List<AutoCloseable> cleanUp) {
        this.service = service;
        this.relay = relay;
        this.adapterName = adapterName;
        this.cleanUp = cleanUp;
    }

    /**
     * Starts the service with {@code settings}, whose database address points at {@code relay} if there is one.
     *
     * @param cleanUp closed after the service, last first: the database server, a scratch database...
     */
    static RunningService start(Settings settings, Optional<TcpRelay> relay, List<AutoCloseable> cleanUp) {
        UsersService service = UsersService.start(settings, UnexpectedFailureEndpoint.class);
        return new RunningService(service, relay, settings.persistence().adapterName(), new ArrayList<>(cleanUp));
    }

    @Override
    public URI baseUri() {
        return service.baseUri();
    }

    @Override
    public String adapterName() {
        return adapterName;
    }

    @Override
    public void cutDatabase() {
        Assumptions.assumeTrue(relay.isPresent(), "an embedded database runs in the service's process: no connection to cut");
        relay.get().cut();
    }

    @Override
    public void restoreDatabase() {
        relay.ifPresent(TcpRelay::restore);
    }

    @Override
    public void close() {
        service.close();
        relay.ifPresent(TcpRelay::close);
        for (int i = cleanUp.size() - 1; i >= 0; i--) {
            try {
                cleanUp.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException("cleaning up after the service failed", e);
            }
        }
    }
}

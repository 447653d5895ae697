package org.acme.users.bootstrap.e2e;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.acme.users.adapter.web.contract.ApiUnderTest;
import org.acme.users.adapter.web.contract.UnexpectedFailureEndpoint;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.bootstrap.server.UsersService;
import org.acme.users.testkit.net.TcpRelay;

/** The whole service started in this JVM on a free port, with its database behind a relay that tests can cut. */
final class RunningService implements ApiUnderTest {

    private final UsersService service;
    private final TcpRelay relay;
    private final String adapterName;
    private final List<AutoCloseable> cleanUp;

    private RunningService(UsersService service, TcpRelay relay, String adapterName, List<AutoCloseable> cleanUp) {
        this.service = service;
        this.relay = relay;
        this.adapterName = adapterName;
        this.cleanUp = cleanUp;
    }

    /**
     * Starts the service with {@code settings}, whose database address must point at {@code relay}.
     *
     * @param cleanUp closed after the service, last first: the database server, a scratch database...
     */
    static RunningService start(Settings settings, TcpRelay relay, List<AutoCloseable> cleanUp) {
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
        relay.cut();
    }

    @Override
    public void restoreDatabase() {
        relay.restore();
    }

    @Override
    public void close() {
        service.close();
        relay.close();
        for (int i = cleanUp.size() - 1; i >= 0; i--) {
            try {
                cleanUp.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException("cleaning up after the service failed", e);
            }
        }
    }
}

package org.acme.users.bootstrap.reliability;

import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The reliability rules on every test database of every persistence adapter on the class path. */
@ParameterizedClass(name = "{0}")
@MethodSource("org.acme.users.bootstrap.fixture.AdapterOnDatabase#everyOne")
class ReliabilityTest extends ReliabilitySuite {

    @Parameter
    AdapterOnDatabase adapter;

    @Override
    protected ServiceOnTestDatabase startService() {
        return adapter.startService();
    }

    @Override
    public ServiceOnTestDatabase startServiceBehindRelay() {
        return adapter.startService();
    }
}

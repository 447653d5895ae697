package org.acme.users.bootstrap.e2e;

import org.acme.users.adapter.web.contract.ApiUnderTest;
import org.acme.users.adapter.web.contract.HttpApiContract;
import org.acme.users.adapter.web.contract.UnexpectedFailureEndpoint;
import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** API.md end to end: the whole service, on every test database of every persistence adapter on the class path. */
@ParameterizedClass(name = "{0}")
@MethodSource("org.acme.users.bootstrap.fixture.AdapterOnDatabase#everyOne")
class EndToEndTest extends HttpApiContract {

    @Parameter
    AdapterOnDatabase adapter;

    @Override
    protected ApiUnderTest startApi() {
        return adapter.startService(UnexpectedFailureEndpoint.class);
    }
}

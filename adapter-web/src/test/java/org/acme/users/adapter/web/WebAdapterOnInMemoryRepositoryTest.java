package org.acme.users.adapter.web;

import java.time.Clock;
import org.acme.users.adapter.web.contract.ApiUnderTest;
import org.acme.users.adapter.web.contract.HttpApiContract;

/** API.md's rules against the web adapter over the in-memory repository. */
class WebAdapterOnInMemoryRepositoryTest extends HttpApiContract {

    @Override
    protected ApiUnderTest startApi() throws Exception {
        return InMemoryWebServer.start(Clock.systemUTC());
    }
}

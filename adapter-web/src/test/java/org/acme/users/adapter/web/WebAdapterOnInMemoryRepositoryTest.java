package org.acme.users.adapter.web;

import java.time.Clock;
import org.acme.users.adapter.web.contract.ApiUnderTest;
import org.acme.users.adapter.web.contract.HttpApiContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * API.md's rules against the web adapter over the in-memory repository. A parameterized class of one argument:
 * the contract starts its API per argument, with hooks that JUnit accepts in parameterized classes only.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = "in-memory repository")
class WebAdapterOnInMemoryRepositoryTest extends HttpApiContract {

    @Parameter
    String repository;

    @Override
    protected ApiUnderTest startApi() throws Exception {
        return InMemoryWebServer.start(Clock.systemUTC());
    }
}

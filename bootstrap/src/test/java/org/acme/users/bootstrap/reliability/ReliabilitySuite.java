package org.acme.users.bootstrap.reliability;

import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;

/**
 * The service under load, faults and hostile input, over real HTTP on the loopback interface: it keeps
 * answering with API.md's statuses and never loses a write it acknowledged. A subclass names the database;
 * the rules, grouped by topic in the interfaces this class implements, share one service, except those
 * that cut the database, which start their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReliabilitySuite implements ConcurrentRequestRules, MixedLoadRules, DatabaseOutageRules,
        HostileInputRules {

    private ServiceOnTestDatabase service;
    private LoopbackClient client;

    /** Starts the service that the rules share; it is closed after them. */
    protected abstract ServiceOnTestDatabase startService();

    @BeforeAll
    final void start() {
        if (!getClass().isAnnotationPresent(ParameterizedClass.class)) {
            startForTheseRules();
        }
    }

    @AfterAll
    final void stop() {
        stopAfterTheseRules();
    }

    /** A subclass that is a {@link ParameterizedClass} gets a service of its own for each of its arguments. */
    @BeforeParameterizedClassInvocation(injectArguments = false)
    final void startForThisArgument() {
        startForTheseRules();
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    final void stopAfterThisArgument() {
        stopAfterTheseRules();
    }

    private void startForTheseRules() {
        service = startService();
        client = new LoopbackClient(service.baseUri(), LoopbackClient.PATIENT);
    }

    private void stopAfterTheseRules() {
        if (service != null) {
            service.close();
            service = null;
        }
    }

    @Override
    public final LoopbackClient client() {
        return client;
    }
}

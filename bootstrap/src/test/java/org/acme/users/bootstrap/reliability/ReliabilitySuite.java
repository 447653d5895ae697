package org.acme.users.bootstrap.reliability;

import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

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
        service = startService();
        client = new LoopbackClient(service.baseUri(), LoopbackClient.PATIENT);
    }

    @AfterAll
    final void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Override
    public final LoopbackClient client() {
        return client;
    }
}

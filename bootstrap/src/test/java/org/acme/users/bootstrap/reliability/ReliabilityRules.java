package org.acme.users.bootstrap.reliability;

import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;

/** What every group of reliability rules needs from the suite that runs it. */
interface ReliabilityRules {

    /** A client of the service that the suite started once for all its rules. */
    LoopbackClient client();

    /** Starts another service, for a rule of its own, whose database connection goes through a relay. */
    ServiceOnTestDatabase startServiceBehindRelay();
}

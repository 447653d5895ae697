package org.acme.users.bootstrap.reliability;

import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;

/** What every group of reliability rules needs from the suite that runs it. */
interface ReliabilityRules extends ClientOfTheService {

    /** Starts another service, for a rule of its own, whose database connection goes through a relay. */
    ServiceOnTestDatabase startServiceBehindRelay();
}

package org.acme.users.bootstrap.reliability;

/** The reliability rules with PERSISTENCE=sql on H2 in files; the outage is shown on H2's TCP server. */
class SqlOnH2ReliabilityTest extends ReliabilitySuite {

    @Override
    protected ServiceUnderTest startService() {
        return ReliabilityDatabases.h2File();
    }

    @Override
    public ServiceUnderTest startServiceBehindRelay() {
        return ReliabilityDatabases.h2ServerBehindRelay();
    }
}

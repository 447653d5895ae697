package org.acme.users.bootstrap.reliability;

/** The reliability rules with PERSISTENCE=mongo on the embedded MongoDB-compatible server. */
class MongoReliabilityTest extends ReliabilitySuite {

    @Override
    protected ServiceUnderTest startService() {
        return ReliabilityDatabases.mongoBehindRelay();
    }

    @Override
    public ServiceUnderTest startServiceBehindRelay() {
        return ReliabilityDatabases.mongoBehindRelay();
    }
}

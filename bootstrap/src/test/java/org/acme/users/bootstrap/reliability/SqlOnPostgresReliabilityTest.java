package org.acme.users.bootstrap.reliability;

/** The reliability rules with PERSISTENCE=sql on PostgreSQL, in a database of its own. */
class SqlOnPostgresReliabilityTest extends ReliabilitySuite {

    @Override
    protected ServiceUnderTest startService() {
        return ReliabilityDatabases.postgres();
    }

    @Override
    public ServiceUnderTest startServiceBehindRelay() {
        return ReliabilityDatabases.postgresBehindRelay();
    }
}

package org.acme.users.bootstrap.e2e;

import org.acme.users.adapter.web.contract.ApiUnderTest;
import org.acme.users.adapter.web.contract.HttpApiContract;

/** API.md end to end: the whole service with PERSISTENCE=sql on PostgreSQL, in a database of its own. */
class SqlOnPostgresEndToEndTest extends HttpApiContract {

    @Override
    protected ApiUnderTest startApi() throws Exception {
        return Databases.serviceOnPostgres();
    }
}

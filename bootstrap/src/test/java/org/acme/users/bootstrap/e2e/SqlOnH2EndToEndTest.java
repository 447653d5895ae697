package org.acme.users.bootstrap.e2e;

import org.acme.users.adapter.web.contract.ApiUnderTest;
import org.acme.users.adapter.web.contract.HttpApiContract;

/** API.md end to end: the whole service with PERSISTENCE=sql on H2 in files, as by default. */
class SqlOnH2EndToEndTest extends HttpApiContract {

    @Override
    protected ApiUnderTest startApi() throws Exception {
        return Databases.serviceOnH2();
    }
}

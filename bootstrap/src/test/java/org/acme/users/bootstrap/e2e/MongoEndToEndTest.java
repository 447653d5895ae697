package org.acme.users.bootstrap.e2e;

import org.acme.users.adapter.web.contract.ApiUnderTest;
import org.acme.users.adapter.web.contract.HttpApiContract;

/** API.md end to end: the whole service with PERSISTENCE=mongo on the embedded MongoDB-compatible server. */
class MongoEndToEndTest extends HttpApiContract {

    @Override
    protected ApiUnderTest startApi() {
        return Databases.serviceOnEmbeddedMongo();
    }
}

package org.acme.users.bootstrap.packaged;

import java.util.Map;

/** SIGTERM under load with PERSISTENCE=mongo on the embedded server, whose data is the file ./data/mongo.mv. */
class SigtermUnderLoadOnEmbeddedMongoIT extends SigtermUnderLoadIT {

    @Override
    protected Map<String, String> settings() {
        return Map.of("PORT", "0");
    }

    @Override
    protected String[] arguments() {
        return new String[] {"--persistence=mongo"};
    }
}

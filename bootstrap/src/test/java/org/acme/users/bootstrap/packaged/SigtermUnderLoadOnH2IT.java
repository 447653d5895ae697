package org.acme.users.bootstrap.packaged;

import java.util.Map;

/** SIGTERM under load with the defaults: PERSISTENCE=sql on H2 files under ./data. */
class SigtermUnderLoadOnH2IT extends SigtermUnderLoadIT {

    @Override
    protected Map<String, String> settings() {
        return Map.of("PORT", "0");
    }
}

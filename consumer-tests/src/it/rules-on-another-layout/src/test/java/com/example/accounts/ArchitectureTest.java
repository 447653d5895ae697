package com.example.accounts;

import org.acme.users.testkit.architecture.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

/** This service's hexagon, with the users domain it reuses as its domain ring. */
class ArchitectureTest {

    @Test
    void keepsTheDependencyRulesOfTheHexagon() {
        HexagonalArchitecture.hexagon()
                .domain("org.acme.users.domain")
                .outboundPorts("org.acme.users.domain.port")
                .application("com.example.accounts.core")
                .inboundPorts("com.example.accounts.core.api")
                .persistenceAdaptersIn("com.example.accounts.storage")
                .drivingAdapter("http", "com.example.accounts.http")
                .compositionRoot("com.example.accounts.main")
                .checkProductionClasses();
    }
}

package org.acme.users.bootstrap.architecture;

import org.acme.users.testkit.architecture.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

/** The bootstrap sees every module, so the whole hexagon's rules are checked here (the bootstrap itself is exempt). */
class DependencyRuleTest {

    @Test
    void everyModuleKeepsTheDependencyRulesOfTheHexagon() {
        HexagonalArchitecture.basePackage("org.acme.users").checkProductionClasses();
    }
}

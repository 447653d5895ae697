package org.acme.users.bootstrap.architecture;

import org.acme.users.testkit.architecture.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap sees every module, so the whole hexagon's rules are checked here (the bootstrap itself is exempt).
 * The persistence adapters are found, one per sub-package of {@code adapter.persistence}: a new one is checked by
 * every rule without being named here.
 */
class DependencyRuleTest {

    @Test
    void everyModuleKeepsTheDependencyRulesOfTheHexagon() {
        HexagonalArchitecture.usersServiceLayout("org.acme.users").checkProductionClasses();
    }
}

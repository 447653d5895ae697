package org.acme.users.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RulesThatCheckNothingFailTest {

    private static final String VALID = "org.acme.users.fixtures.valid";
    private static final JavaClasses VALID_CLASSES = new ClassFileImporter().importPackages(VALID);
    private static final String CHECKED_NOTHING = "failed to check any classes";
    private static final String MATCHED_NOTHING = "matched no class";

    @AfterEach
    void restoreArchUnitSettings() {
        ArchConfiguration.get().reset();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HexagonRule.class, names = "EVERY_DECLARED_RING_MATCHES_CLASSES", mode = EnumSource.Mode.EXCLUDE)
    void everyRuleFailsUnderAMisspeltBasePackage(HexagonRule rule) {
        ArchRule misspelt = rule.of(HexagonalArchitecture.usersServiceLayout("org.acme.users.fixtures.vaild"));

        assertThatThrownBy(() -> misspelt.check(VALID_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(CHECKED_NOTHING);
    }

    @Test
    void everyDeclarationFailsUnderAMisspeltBasePackage() {
        HexagonalArchitecture misspelt = HexagonalArchitecture.usersServiceLayout("org.acme.users.fixtures.vaild");

        assertThatThrownBy(() -> misspelt.everyDeclaredRingMatchesClasses().check(VALID_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the domain [org.acme.users.fixtures.vaild.domain] " + MATCHED_NOTHING)
                .hasMessageContaining("driving adapter 'web' [org.acme.users.fixtures.vaild.adapter.web] "
                        + MATCHED_NOTHING)
                .hasMessageContaining("the persistence adapters, one per sub-package of"
                        + " org.acme.users.fixtures.vaild.adapter.persistence " + MATCHED_NOTHING);
    }

    @Test
    void aPersistenceAdapterThatDoesNotExistFailsEvenBesideOneThatDoes() {
        HexagonalArchitecture withCassandra = HexagonalArchitecture.hexagon()
                .persistenceAdapter("sql", VALID + ".adapter.persistence.sql")
                .persistenceAdapter("cassandra", VALID + ".adapter.persistence.cassandra");

        assertThatThrownBy(() -> withCassandra.check(VALID_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("persistence adapter 'cassandra'")
                .hasMessageContaining(MATCHED_NOTHING)
                .hasMessageNotContaining("persistence adapter 'sql' [");
    }

    @Test
    void aRootWithoutAdaptersFails() {
        HexagonalArchitecture noAdapters = HexagonalArchitecture.hexagon().persistenceAdaptersIn(VALID + ".domain.port");

        assertThatThrownBy(() -> noAdapters.check(VALID_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("one per sub-package of " + VALID + ".domain.port " + MATCHED_NOTHING);
    }

    @Test
    void checkingTheProductionClassesLeavesTestClassesSuchAsTheseFixturesOut() {
        HexagonalArchitecture fixturesAreTestClasses = HexagonalArchitecture.usersServiceLayout(VALID);

        assertThatThrownBy(fixturesAreTestClasses::checkProductionClasses)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(MATCHED_NOTHING);
    }

    @Test
    void aRuleThatChecksNothingFailsEvenWhereTheProjectAllowsEmptyRules() {
        ArchConfiguration.get().setProperty("archRule.failOnEmptyShould", "false");
        HexagonalArchitecture misspelt = HexagonalArchitecture.usersServiceLayout("org.acme.users.fixtures.vaild");

        assertThatThrownBy(() -> misspelt.check(VALID_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(MATCHED_NOTHING);
        assertThatThrownBy(() -> misspelt.domainDependsOnlyOnItselfAndTheJdk().check(VALID_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(CHECKED_NOTHING);
    }
}

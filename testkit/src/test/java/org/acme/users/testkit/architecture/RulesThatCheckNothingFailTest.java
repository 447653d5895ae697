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

    @AfterEach
    void restoreArchUnitSettings() {
        ArchConfiguration.get().reset();
    }

    @ParameterizedTest
    @EnumSource(HexagonRule.class)
    void everyRuleFailsUnderAMisspeltBasePackage(HexagonRule rule) {
        ArchRule misspelt = rule.of(HexagonalArchitecture.basePackage("org.acme.users.fixtures.vaild"));

        assertThatThrownBy(() -> misspelt.check(VALID_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(CHECKED_NOTHING);
    }

    @Test
    void aPersistenceAdapterThatDoesNotExistFailsEvenBesideOneThatDoes() {
        HexagonalArchitecture withCassandra = HexagonalArchitecture.basePackage(VALID)
                .withPersistenceAdapters("adapter.persistence.sql", "adapter.persistence.cassandra");

        assertThatThrownBy(() -> withCassandra.persistenceAdaptersKnowOnlyTheDomain().check(VALID_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(CHECKED_NOTHING)
                .hasMessageContaining("adapter.persistence.cassandra");
    }

    @Test
    void checkingTheProductionClassesLeavesTestClassesSuchAsTheseFixturesOut() {
        HexagonalArchitecture fixturesAreTestClasses = HexagonalArchitecture.basePackage(VALID);

        assertThatThrownBy(fixturesAreTestClasses::checkProductionClasses)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(CHECKED_NOTHING);
    }

    @Test
    void aRuleThatChecksNothingFailsEvenWhereTheProjectAllowsEmptyRules() {
        ArchConfiguration.get().setProperty("archRule.failOnEmptyShould", "false");
        HexagonalArchitecture misspelt = HexagonalArchitecture.basePackage("org.acme.users.fixtures.vaild");

        assertThatThrownBy(() -> misspelt.check(VALID_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(CHECKED_NOTHING);
    }
}

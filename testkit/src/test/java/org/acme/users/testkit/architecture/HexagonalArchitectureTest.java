package org.acme.users.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HexagonalArchitectureTest {

    private static final String VALID = "org.acme.users.fixtures.valid";
    private static final String BROKEN = "org.acme.users.fixtures.broken";
    private static final JavaClasses VALID_CLASSES = new ClassFileImporter().importPackages(VALID);
    private static final JavaClasses BROKEN_CLASSES = new ClassFileImporter().importPackages(BROKEN);

    @ParameterizedTest
    @EnumSource(HexagonRule.class)
    void everyRuleHoldsForAHexagonThatKeepsIt(HexagonRule rule) {
        assertThatCode(() -> rule.of(HexagonalArchitecture.basePackage(VALID)).check(VALID_CLASSES))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(HexagonRule.class)
    void everyRuleNamesTheClassesThatBreakIt(HexagonRule rule) {
        assertThatThrownBy(() -> rule.of(HexagonalArchitecture.basePackage(BROKEN)).check(BROKEN_CLASSES))
                .isInstanceOf(AssertionError.class)
                .message()
                .doesNotContain("failed to check any classes")
                .contains(rule.brokenBy());
    }

    @Test
    void aHexagonThatKeepsEveryRulePassesTheWholeCheck() {
        assertThatCode(() -> HexagonalArchitecture.basePackage(VALID).check(VALID_CLASSES)).doesNotThrowAnyException();
    }

    @Test
    void theWholeCheckReportsTheViolationsOfEveryRuleAtOnce() {
        List<String> everyOffender = Arrays.stream(HexagonRule.values())
                .flatMap(rule -> rule.brokenBy().stream())
                .toList();

        assertThatThrownBy(() -> HexagonalArchitecture.basePackage(BROKEN).check(BROKEN_CLASSES))
                .isInstanceOf(AssertionError.class)
                .message()
                .contains(everyOffender);
    }

    @Test
    void ringsCanBeMovedWithinTheBasePackage() {
        HexagonalArchitecture moved = HexagonalArchitecture.basePackage("org.acme.users.fixtures")
                .withDomain("valid.domain")
                .withOutboundPorts("valid.domain.port")
                .withApplication("valid.application")
                .withInboundPorts("valid.application.port.in")
                .withPersistenceAdapters("valid.adapter.persistence.sql", "valid.adapter.persistence.mongo")
                .withWebAdapter("valid.adapter.web")
                .withBootstrap("valid.bootstrap")
                .withTestkit("valid.testkit");

        assertThatCode(() -> moved.check(VALID_CLASSES)).doesNotThrowAnyException();
    }

    @Test
    void rejectsARingThatIsNotAPackageName() {
        assertThatThrownBy(() -> HexagonalArchitecture.basePackage("org.acme..users"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HexagonalArchitecture.basePackage("org.acme.users").withWebAdapter("adapter/web"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

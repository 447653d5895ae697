package org.acme.users.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

    @ParameterizedTest(name = "{0}")
    @EnumSource(HexagonRule.class)
    void everyRuleHoldsForAHexagonThatKeepsIt(HexagonRule rule) {
        assertThatCode(() -> rule.of(HexagonalArchitecture.usersServiceLayout(VALID)).check(VALID_CLASSES))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HexagonRule.class)
    void everyRuleNamesTheClassesThatBreakIt(HexagonRule rule) {
        assertThatThrownBy(() -> rule.of(HexagonalArchitecture.usersServiceLayout(BROKEN)).check(BROKEN_CLASSES))
                .isInstanceOf(AssertionError.class)
                .message()
                .doesNotContain("failed to check any classes")
                .contains(rule.brokenBy());
    }

    @Test
    void aHexagonThatKeepsEveryRulePassesTheWholeCheck() {
        assertThatCode(() -> HexagonalArchitecture.usersServiceLayout(VALID).check(VALID_CLASSES))
                .doesNotThrowAnyException();
    }

    /** The broken fixture has no inbound ports: that empty declaration must not hide the other rules' findings. */
    @Test
    void theWholeCheckReportsTheViolationsOfEveryRuleAtOnce() {
        List<String> everyOffender = Arrays.stream(HexagonRule.values())
                .flatMap(rule -> rule.brokenBy().stream())
                .toList();

        assertThatThrownBy(() -> HexagonalArchitecture.usersServiceLayout(BROKEN).check(BROKEN_CLASSES))
                .isInstanceOf(AssertionError.class)
                .message()
                .contains(everyOffender);
    }

    @Test
    void findsAPersistenceAdapterInANewSubPackageAndFailsItForImportingAnotherAdapter() {
        HexagonalArchitecture layout = HexagonalArchitecture.usersServiceLayout(BROKEN);

        assertThatThrownBy(() -> layout.persistenceAdaptersDependOnlyOnTheDomainAndTheProviderInterface()
                .check(BROKEN_CLASSES))
                .isInstanceOf(AssertionError.class)
                .message()
                .contains("RedisStoreReusingMongo", "MongoItemStore belongs to persistence adapter 'mongo'");
    }

    @Test
    void aServiceThatReusesTheDomainJarDeclaresItAsItsDomain() {
        String reuse = "org.acme.users.fixtures.reuse";
        HexagonalArchitecture layout = HexagonalArchitecture.hexagon()
                .domain("org.acme.users.domain")
                .outboundPorts("org.acme.users.domain.port")
                .application(reuse + ".core")
                .inboundPorts(reuse + ".core.api")
                .persistenceAdaptersIn(reuse + ".storage")
                .drivingAdapter("http", reuse + ".http")
                .compositionRoot(reuse + ".main");

        // The domain's production classes, not the specification tests this module keeps in its packages.
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                        || location.contains("org/acme/users/fixtures/reuse"))
                .importPackages(reuse, "org.acme.users.domain");

        assertThatCode(() -> layout.check(classes)).doesNotThrowAnyException();
    }

    @Test
    void checksOnlyTheRingsThatAreDeclared() {
        HexagonalArchitecture domainOnly = HexagonalArchitecture.hexagon().domain(BROKEN + ".domain");

        assertThatThrownBy(() -> domainOnly.check(BROKEN_CLASSES))
                .isInstanceOf(AssertionError.class)
                .message()
                .contains("ItemKnowingItsTable", "ItemUsingJdbc")
                .doesNotContain("Controller", "ContractUsingAService", "RedisStore");
    }

    @Test
    void aDeclaredRingThatMatchesNothingFailsBesideTheViolationsOfTheOthers() {
        HexagonalArchitecture withAMisspeltRing = HexagonalArchitecture.usersServiceLayout(BROKEN)
                .drivingAdapter("cli", BROKEN + ".adapter.commandline");

        assertThatThrownBy(() -> withAMisspeltRing.check(BROKEN_CLASSES))
                .isInstanceOf(AssertionError.class)
                .message()
                .contains("driving adapter 'cli' [" + BROKEN + ".adapter.commandline] matched no class")
                .contains("ControllerUsingTheStore", "MongoStoreReusingSql", "ContractUsingAService");
    }

    @Test
    void theFrameworksBannedFromTheCoreAreConfigurable() {
        HexagonalArchitecture jdbcOnly = HexagonalArchitecture.usersServiceLayout(BROKEN)
                .frameworksBannedFromTheCore("java.sql");

        assertThatThrownBy(() -> jdbcOnly.coreUsesNoFrameworkOrDriver().check(BROKEN_CLASSES))
                .isInstanceOf(AssertionError.class)
                .message()
                .contains("ItemUsingJdbc")
                .doesNotContain("ItemMappedToJson");
    }

    @Test
    void theCoreMayBeAllowedALibrary() {
        HexagonalArchitecture withJacksonAnnotations = HexagonalArchitecture.usersServiceLayout(BROKEN)
                .coreMayAlsoUse("com.fasterxml.jackson.annotation");

        assertThatThrownBy(() -> withJacksonAnnotations.domainDependsOnlyOnItselfAndTheJdk().check(BROKEN_CLASSES))
                .isInstanceOf(AssertionError.class)
                .message()
                .contains("ItemKnowingItsTable")
                .doesNotContain("ItemMappedToJson");
    }

    @Test
    void theFrameworksBannedFromPersistenceAdaptersAreConfigurable() {
        HexagonalArchitecture springAllowed = HexagonalArchitecture.usersServiceLayout(BROKEN)
                .frameworksBannedFromPersistenceAdapters("jakarta.inject");

        assertThatCode(() -> springAllowed.persistenceAdaptersUseNoFramework().check(BROKEN_CLASSES))
                .doesNotThrowAnyException();
    }

    @Test
    void aRuleForARingThatIsNotDeclaredCannotBeHad() {
        HexagonalArchitecture domainOnly = HexagonalArchitecture.hexagon().domain(VALID + ".domain");

        assertThatThrownBy(domainOnly::drivingAdaptersUseTheApplicationOnlyThroughInboundPorts)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a driving adapter is not declared");
        assertThatThrownBy(() -> HexagonalArchitecture.hexagon().check(VALID_CLASSES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no ring is declared");
    }

    @Test
    void twoAdaptersCannotShareAName() {
        HexagonalArchitecture oneSql = HexagonalArchitecture.hexagon().persistenceAdapter("sql", VALID + ".sql");

        assertThatThrownBy(() -> oneSql.persistenceAdapter("sql", VALID + ".other"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sql'");
    }

    @Test
    void rejectsARingThatIsNotAPackageName() {
        assertThatThrownBy(() -> HexagonalArchitecture.usersServiceLayout("org.acme..users"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HexagonalArchitecture.hexagon().drivingAdapter("web", "adapter/web"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HexagonalArchitecture.hexagon().domain())
                .isInstanceOf(IllegalArgumentException.class);
    }
}

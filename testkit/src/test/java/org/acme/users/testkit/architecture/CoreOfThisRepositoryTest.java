package org.acme.users.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules applied to the real domain and application; the bootstrap's tests check every ring. */
class CoreOfThisRepositoryTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.acme.users.domain", "org.acme.users.application");

    @Test
    void theDomainAndTheApplicationKeepTheCoreRules() {
        assertThatCode(() -> HexagonalArchitecture.usersServiceLayout("org.acme.users").coreRules().check(CORE))
                .doesNotThrowAnyException();
    }

    @Test
    void aMisspeltBasePackageFailsInsteadOfCheckingNothing() {
        assertThatThrownBy(() -> HexagonalArchitecture.usersServiceLayout("org.acme.user").coreRules().check(CORE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}

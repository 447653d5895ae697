package org.acme.users.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The service finds its persistence adapters at start-up and names none of them, so a new adapter never needs an
 * edit here. The adapters are runtime dependencies of this module, so the compiler refuses most references; this
 * rule also holds if one of them is ever made a compile dependency again.
 */
class ServiceNamesNoAdapterTest {

    @Test
    void theServicesProductionCodeDependsOnNoPersistenceAdapter() {
        JavaClasses service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.acme.users.bootstrap");

        noClasses().should().dependOnClassesThat().resideInAPackage("org.acme.users.adapter.persistence..")
                .because("the service chooses among the adapters it finds, by their names")
                .check(service);
    }
}

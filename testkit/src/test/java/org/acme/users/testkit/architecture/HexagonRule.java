package org.acme.users.testkit.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;

/** Each rule of {@link HexagonalArchitecture}, with the classes of the broken fixture that break it. */
enum HexagonRule {

    DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK(
            HexagonalArchitecture::domainDependsOnlyOnItselfAndTheJdk, "ItemKnowingItsTable", "ItemMappedToJson"),
    APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN_AND_THE_JDK(
            HexagonalArchitecture::applicationDependsOnlyOnTheDomainAndTheJdk, "ServiceCallingTheDatabase"),
    CORE_USES_NO_FRAMEWORK_OR_DRIVER(
            HexagonalArchitecture::coreUsesNoFrameworkOrDriver, "ItemUsingJdbc", "ItemMappedToJson"),
    PERSISTENCE_ADAPTERS_KNOW_ONLY_THE_DOMAIN(
            HexagonalArchitecture::persistenceAdaptersKnowOnlyTheDomain,
            "SqlStoreCallingAUseCase", "SqlStoreRenderingPages", "MongoStoreReusingSql"),
    WEB_ADAPTER_USES_THE_APPLICATION_ONLY_THROUGH_INBOUND_PORTS(
            HexagonalArchitecture::webAdapterUsesTheApplicationOnlyThroughInboundPorts,
            "ControllerUsingTheStore", "ControllerUsingTheService", "ControllerReadingTheDatabase"),
    TESTKIT_KNOWS_NO_RING_BUT_THE_DOMAIN(
            HexagonalArchitecture::testkitKnowsNoRingButTheDomain, "ContractUsingAService"),
    NOTHING_BUT_THE_BOOTSTRAP_DEPENDS_ON_THE_BOOTSTRAP(
            HexagonalArchitecture::nothingButTheBootstrapDependsOnTheBootstrap, "ControllerStartingTheApplication"),
    TOP_LEVEL_PACKAGES_ARE_FREE_OF_CYCLES(
            HexagonalArchitecture::topLevelPackagesAreFreeOfCycles, "Cycle detected", "ItemKnowingItsTable");

    private final Function<HexagonalArchitecture, ArchRule> definition;
    private final List<String> brokenBy;

    HexagonRule(Function<HexagonalArchitecture, ArchRule> definition, String... brokenBy) {
        this.definition = definition;
        this.brokenBy = List.of(brokenBy);
    }

    ArchRule of(HexagonalArchitecture architecture) {
        return definition.apply(architecture);
    }

    /** What the report of this rule must name when it is checked against the broken fixture. */
    List<String> brokenBy() {
        return brokenBy;
    }
}

package org.acme.users.testkit.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;

/** Each rule of {@link HexagonalArchitecture}, with what its report names when checked on the broken fixture. */
enum HexagonRule {

    EVERY_DECLARED_RING_MATCHES_CLASSES(
            HexagonalArchitecture::everyDeclaredRingMatchesClasses, "the inbound ports", "matched no class"),
    DOMAIN_DEPENDS_ONLY_ON_ITSELF_AND_THE_JDK(
            HexagonalArchitecture::domainDependsOnlyOnItselfAndTheJdk, "ItemKnowingItsTable", "ItemMappedToJson"),
    APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN_AND_THE_JDK(
            HexagonalArchitecture::applicationDependsOnlyOnTheDomainAndTheJdk, "ServiceCallingTheDatabase"),
    CORE_USES_NO_FRAMEWORK_OR_DRIVER(
            HexagonalArchitecture::coreUsesNoFrameworkOrDriver, "ItemUsingJdbc", "ItemMappedToJson"),
    PROVIDER_INTERFACE_DEPENDS_ONLY_ON_THE_DOMAIN(
            HexagonalArchitecture::providerInterfaceDependsOnlyOnTheDomain, "ProviderStartingAUseCase"),
    PERSISTENCE_ADAPTERS_DEPEND_ONLY_ON_THE_DOMAIN_AND_THE_PROVIDER_INTERFACE(
            HexagonalArchitecture::persistenceAdaptersDependOnlyOnTheDomainAndTheProviderInterface,
            "SqlStoreCallingAUseCase", "SqlStoreRenderingPages", "MongoStoreReusingSql", "RedisStoreReusingMongo"),
    PERSISTENCE_ADAPTERS_USE_NO_FRAMEWORK(
            HexagonalArchitecture::persistenceAdaptersUseNoFramework, "RedisStoreWiredBySpring"),
    DRIVING_ADAPTERS_USE_THE_APPLICATION_ONLY_THROUGH_INBOUND_PORTS(
            HexagonalArchitecture::drivingAdaptersUseTheApplicationOnlyThroughInboundPorts,
            "ControllerUsingTheStore", "ControllerUsingTheService", "ControllerReadingTheDatabase"),
    TESTKIT_KNOWS_NO_RING_BUT_THE_DOMAIN(
            HexagonalArchitecture::testkitKnowsNoRingButTheDomain, "ContractUsingAService"),
    NOTHING_DEPENDS_ON_THE_COMPOSITION_ROOT(
            HexagonalArchitecture::nothingDependsOnTheCompositionRoot, "ControllerStartingTheApplication"),
    RINGS_ARE_FREE_OF_CYCLES(
            HexagonalArchitecture::ringsAreFreeOfCycles, "Cycle detected", "ItemKnowingItsTable");

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

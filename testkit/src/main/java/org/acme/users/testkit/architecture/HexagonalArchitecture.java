package org.acme.users.testkit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dependency rules of a hexagon whose rings are sub-packages of one base package, as ArchUnit rules:
 * {@code HexagonalArchitecture.basePackage("org.acme.users").checkProductionClasses()}.
 *
 * <p>The rings default to {@code domain} (outbound ports in {@code domain.port}), {@code application}
 * (inbound ports in {@code application.port.in}), {@code adapter.persistence.sql},
 * {@code adapter.persistence.mongo}, {@code adapter.web}, {@code bootstrap} and {@code testkit}, all
 * relative to the base package; the {@code with…} methods move them.
 *
 * <p>Every rule fails when it finds no class to check, whatever a project's {@code archunit.properties}
 * says, so a misspelt base package or a ring that does not exist fails instead of passing vacuously.
 * The bootstrap is the composition root: it may depend on every ring, and only it may.
 */
public final class HexagonalArchitecture {

    /** What belongs in adapters only: persistence APIs, drivers, JDBC, Spring and JSON mapping. */
    private static final List<String> FRAMEWORKS_AND_DRIVERS = List.of(
            "jakarta.persistence..", "org.hibernate..", "com.mongodb..", "org.bson..", "org.springframework..",
            "tools.jackson..", "com.fasterxml.jackson..", "java.sql..", "javax.sql..");

    private final HexagonLayout layout;

    private HexagonalArchitecture(HexagonLayout layout) {
        this.layout = layout;
    }

    /** The rules for a hexagon below {@code basePackage}, with every ring in its default sub-package. */
    public static HexagonalArchitecture basePackage(String basePackage) {
        return new HexagonalArchitecture(HexagonLayout.conventionalBelow(basePackage));
    }

    public HexagonalArchitecture withDomain(String subPackage) {
        return new HexagonalArchitecture(layout.withDomain(subPackage));
    }

    /** Where the domain's outbound port interfaces live; the web adapter must not call them. */
    public HexagonalArchitecture withOutboundPorts(String subPackage) {
        return new HexagonalArchitecture(layout.withOutboundPorts(subPackage));
    }

    public HexagonalArchitecture withApplication(String subPackage) {
        return new HexagonalArchitecture(layout.withApplication(subPackage));
    }

    /** Where the use-case interfaces and their commands live; the only part of the application the web may see. */
    public HexagonalArchitecture withInboundPorts(String subPackage) {
        return new HexagonalArchitecture(layout.withInboundPorts(subPackage));
    }

    public HexagonalArchitecture withPersistenceAdapters(String subPackage, String... moreSubPackages) {
        List<String> all = new ArrayList<>(List.of(subPackage));
        all.addAll(Arrays.asList(moreSubPackages));
        return new HexagonalArchitecture(layout.withPersistenceAdapters(all));
    }

    public HexagonalArchitecture withWebAdapter(String subPackage) {
        return new HexagonalArchitecture(layout.withWebAdapter(subPackage));
    }

    public HexagonalArchitecture withBootstrap(String subPackage) {
        return new HexagonalArchitecture(layout.withBootstrap(subPackage));
    }

    public HexagonalArchitecture withTestkit(String subPackage) {
        return new HexagonalArchitecture(layout.withTestkit(subPackage));
    }

    /** Imports the production classes below the base package from the classpath and checks every rule. */
    public void checkProductionClasses() {
        check(new ClassFileImporter()
                .withImportOption(new ProductionClassesOnly())
                .importPackages(layout.basePackage()));
    }

    /** Checks every rule; the error holds the report of each broken rule, under its own name and reason. */
    public void check(JavaClasses classes) {
        String reports = everyRule().stream()
                .map(rule -> rule.evaluate(classes))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .collect(Collectors.joining(System.lineSeparator() + System.lineSeparator()));
        if (!reports.isEmpty()) {
            throw new AssertionError(reports);
        }
    }

    /** Every rule as one, for a build that sees every ring, such as the bootstrap's tests. */
    public ArchRule rules() {
        return CompositeArchRule.of(everyRule());
    }

    /** The rules about the domain and the application alone, for a build that sees no adapter. */
    public ArchRule coreRules() {
        return CompositeArchRule.of(List.of(
                domainDependsOnlyOnItselfAndTheJdk(),
                applicationDependsOnlyOnTheDomainAndTheJdk(),
                coreUsesNoFrameworkOrDriver(),
                topLevelPackagesAreFreeOfCycles()));
    }

    public ArchRule domainDependsOnlyOnItselfAndTheJdk() {
        return classes().that().resideInAPackage(in(layout.domain()))
                .should().onlyDependOnClassesThat().resideInAnyPackage(in(layout.domain()), "java..")
                .because("the domain is a plain JDK library that every ring, and other teams, reuse")
                .allowEmptyShould(false);
    }

    public ArchRule applicationDependsOnlyOnTheDomainAndTheJdk() {
        return classes().that().resideInAPackage(in(layout.application()))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(in(layout.application()), in(layout.domain()), "java..")
                .because("the use cases talk to the outside world only through the domain's ports")
                .allowEmptyShould(false);
    }

    /** Redundant with the two rules above on purpose: its violations name the framework plainly. */
    public ArchRule coreUsesNoFrameworkOrDriver() {
        return noClasses().that().resideInAnyPackage(in(layout.domain()), in(layout.application()))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS_AND_DRIVERS.toArray(String[]::new))
                .because("frameworks and drivers are an adapter's business; the core must outlive them")
                .allowEmptyShould(false);
    }

    /** One rule per adapter, so that each adapter that does not exist fails on its own. */
    public ArchRule persistenceAdaptersKnowOnlyTheDomain() {
        return CompositeArchRule.of(layout.persistenceAdapters().stream()
                .map(this::persistenceAdapterKnowsOnlyTheDomain)
                .toList());
    }

    /**
     * The web adapter calls use cases, never their implementations, an outbound port or a persistence
     * adapter. It may name the domain's values, and what crosses an outbound port without being one (its
     * exceptions and status records), because the inbound ports hand those on: a port is its interface.
     */
    public ArchRule webAdapterUsesTheApplicationOnlyThroughInboundPorts() {
        return noClasses().that().resideInAPackage(in(layout.webAdapter()))
                .should().dependOnClassesThat().resideInAnyPackage(persistenceAdapters())
                .orShould().dependOnClassesThat(resideInAPackage(in(layout.outboundPorts())).and(INTERFACES)
                        .as("are outbound port interfaces"))
                .orShould().dependOnClassesThat(resideInAPackage(in(layout.application()))
                        .and(not(resideInAPackage(in(layout.inboundPorts()))))
                        .as("belong to the application but not to its inbound ports"))
                .because("the bootstrap wires the web adapter to the use cases; it must not reach past them")
                .allowEmptyShould(false);
    }

    public ArchRule testkitKnowsNoRingButTheDomain() {
        List<String> otherRings = Stream.concat(
                        Stream.of(layout.application(), layout.webAdapter(), layout.bootstrap()),
                        layout.persistenceAdapters().stream())
                .map(this::in)
                .toList();
        return noClasses().that().resideInAPackage(in(layout.testkit()))
                .should().dependOnClassesThat().resideInAnyPackage(otherRings.toArray(String[]::new))
                .because("every module reuses the testkit in its tests, so it can only build on the domain")
                .allowEmptyShould(false);
    }

    public ArchRule nothingButTheBootstrapDependsOnTheBootstrap() {
        return noClasses().that().resideInAPackage(layout.basePackage() + "..")
                .and().resideOutsideOfPackage(in(layout.bootstrap()))
                .should().dependOnClassesThat().resideInAPackage(in(layout.bootstrap()))
                .because("the bootstrap is the composition root: it knows every ring, and no ring knows it")
                .allowEmptyShould(false);
    }

    /**
     * No cycle between the first sub-packages below the base ({@code domain}, {@code application},
     * {@code adapter}, …); inside {@code adapter}, the adapter rules above keep the adapters apart.
     */
    public ArchRule topLevelPackagesAreFreeOfCycles() {
        return slices().matching(layout.basePackage() + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .allowEmptyShould(false);
    }

    private List<ArchRule> everyRule() {
        return List.of(
                domainDependsOnlyOnItselfAndTheJdk(),
                applicationDependsOnlyOnTheDomainAndTheJdk(),
                coreUsesNoFrameworkOrDriver(),
                persistenceAdaptersKnowOnlyTheDomain(),
                webAdapterUsesTheApplicationOnlyThroughInboundPorts(),
                testkitKnowsNoRingButTheDomain(),
                nothingButTheBootstrapDependsOnTheBootstrap(),
                topLevelPackagesAreFreeOfCycles());
    }

    private ArchRule persistenceAdapterKnowsOnlyTheDomain(String adapter) {
        List<String> forbidden = new ArrayList<>(List.of(in(layout.application()), in(layout.webAdapter())));
        layout.persistenceAdapters().stream()
                .filter(other -> !other.equals(adapter))
                .map(this::in)
                .forEach(forbidden::add);
        return noClasses().that().resideInAPackage(in(adapter))
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .because("a persistence adapter implements the domain's ports and is reusable on its own")
                .allowEmptyShould(false);
    }

    private String[] persistenceAdapters() {
        return layout.persistenceAdapters().stream().map(this::in).toArray(String[]::new);
    }

    /** The pattern ArchUnit reads as "this sub-package of the base and everything below it". */
    private String in(String subPackage) {
        return layout.basePackage() + "." + subPackage + "..";
    }
}

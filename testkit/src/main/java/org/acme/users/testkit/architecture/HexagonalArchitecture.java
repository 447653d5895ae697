package org.acme.users.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dependency rules of a hexagon, as ArchUnit rules, for whatever packages its rings live in. Declare the
 * rings your hexagon has and check them; only declared rings are checked, and a declared ring that matches no
 * class fails, so that a misspelt package cannot pass by checking nothing:
 *
 * <pre>{@code
 * HexagonalArchitecture.hexagon()
 *         .domain("org.acme.users.domain")                  // a domain reused from another artifact is a ring too
 *         .outboundPorts("org.acme.users.domain.port")
 *         .application("com.example.accounts.core")
 *         .inboundPorts("com.example.accounts.core.api")
 *         .persistenceAdapter("jdbc", "com.example.accounts.storage")
 *         .drivingAdapter("http", "com.example.accounts.http")
 *         .compositionRoot("com.example.accounts.main")
 *         .checkProductionClasses();
 * }</pre>
 *
 * <p>The users service's own layout is one line: {@link #usersServiceLayout(String)}.
 *
 * <p>The rules, each also available on its own:
 * <ul>
 *   <li>{@link #everyDeclaredRingMatchesClasses()}: no declaration checks nothing;</li>
 *   <li>{@link #domainDependsOnlyOnItselfAndTheJdk()}, {@link #applicationDependsOnlyOnTheDomainAndTheJdk()} and
 *       {@link #coreUsesNoFrameworkOrDriver()}: the core is plain Java;</li>
 *   <li>{@link #providerInterfaceDependsOnlyOnTheDomain()}: what adapters implement to be found stays small;</li>
 *   <li>{@link #persistenceAdaptersDependOnlyOnTheDomainAndTheProviderInterface()} and
 *       {@link #persistenceAdaptersUseNoFramework()}: each persistence adapter is reusable on its own;</li>
 *   <li>{@link #drivingAdaptersUseTheApplicationOnlyThroughInboundPorts()}: a web adapter calls use cases;</li>
 *   <li>{@link #testkitKnowsNoRingButTheDomain()}, {@link #nothingDependsOnTheCompositionRoot()} and
 *       {@link #ringsAreFreeOfCycles()}.</li>
 * </ul>
 *
 * <p>Package names stand for themselves and their sub-packages. Every rule fails when it finds no class to check,
 * whatever a project's {@code archunit.properties} says. The composition root may depend on every ring, and
 * only it may. Instances are immutable: every declaration returns a new one.
 */
public final class HexagonalArchitecture {

    private static final Set<RingRole> CORE = EnumSet.of(RingRole.DOMAIN, RingRole.APPLICATION);

    private final HexagonLayout layout;
    private final RingDependencies rings;

    private HexagonalArchitecture(HexagonLayout layout) {
        this.layout = layout;
        this.rings = new RingDependencies(layout);
    }

    /** A hexagon with no ring declared yet. */
    public static HexagonalArchitecture hexagon() {
        return new HexagonalArchitecture(HexagonLayout.nothingDeclared());
    }

    /**
     * The users service's layout below {@code basePackage}: {@code domain} (outbound ports in {@code domain.port}),
     * {@code persistence.spi} (which may also use Micrometer's core), {@code application} (inbound ports in
     * {@code application.port.in}), one persistence adapter per sub-package of {@code adapter.persistence}, the
     * {@code adapter.web} driving adapter, the {@code bootstrap} composition root and the {@code testkit}.
     */
    public static HexagonalArchitecture usersServiceLayout(String basePackage) {
        String base = Ring.requirePackageName(basePackage);
        return hexagon()
                .domain(base + ".domain")
                .outboundPorts(base + ".domain.port")
                .providerInterface(base + ".persistence.spi")
                .providerInterfaceMayAlsoUse("io.micrometer.core")
                .application(base + ".application")
                .inboundPorts(base + ".application.port.in")
                .persistenceAdaptersIn(base + ".adapter.persistence")
                .drivingAdapter("web", base + ".adapter.web")
                .compositionRoot(base + ".bootstrap")
                .testkit(base + ".testkit");
    }

    /** The aggregate, its values and its outbound ports: depends on nothing but itself and the JDK. */
    public HexagonalArchitecture domain(String... packages) {
        return declare(Ring.of(RingRole.DOMAIN, packages));
    }

    /** Where the domain's outbound port interfaces live, which a driving adapter must not call. */
    public HexagonalArchitecture outboundPorts(String... packages) {
        return new HexagonalArchitecture(layout.withOutboundPorts(List.of(packages)));
    }

    /** What adapters implement so that the composition root finds them; depends on the domain only. */
    public HexagonalArchitecture providerInterface(String... packages) {
        return declare(Ring.of(RingRole.PROVIDER_INTERFACE, packages));
    }

    /** The use cases: depend on the domain and the JDK only. */
    public HexagonalArchitecture application(String... packages) {
        return declare(Ring.of(RingRole.APPLICATION, packages));
    }

    /** Where the use-case interfaces and their commands live: the only part of the application adapters see. */
    public HexagonalArchitecture inboundPorts(String... packages) {
        return new HexagonalArchitecture(layout.withInboundPorts(List.of(packages)));
    }

    /** One persistence adapter, by a name of its own; call once per adapter. */
    public HexagonalArchitecture persistenceAdapter(String name, String... packages) {
        return declare(Ring.adapter(RingRole.PERSISTENCE_ADAPTER, name, packages));
    }

    /**
     * Every direct sub-package of {@code rootPackage} is a persistence adapter named after it, so a new adapter is
     * checked by every rule without being declared; at least one must be found.
     */
    public HexagonalArchitecture persistenceAdaptersIn(String rootPackage) {
        return new HexagonalArchitecture(layout.withPersistenceAdaptersIn(rootPackage));
    }

    /** An adapter that drives the application (HTTP, messaging, a command line), by a name of its own. */
    public HexagonalArchitecture drivingAdapter(String name, String... packages) {
        return declare(Ring.adapter(RingRole.DRIVING_ADAPTER, name, packages));
    }

    /** Where everything is wired together: it may depend on every ring, and no ring on it. */
    public HexagonalArchitecture compositionRoot(String... packages) {
        return declare(Ring.of(RingRole.COMPOSITION_ROOT, packages));
    }

    /** What other modules reuse in their tests, so it builds on the domain alone. */
    public HexagonalArchitecture testkit(String... packages) {
        return declare(Ring.of(RingRole.TESTKIT, packages));
    }

    /** Libraries the domain and the application may use besides the JDK (none by default). */
    public HexagonalArchitecture coreMayAlsoUse(String... libraryPackages) {
        return new HexagonalArchitecture(layout.with(layout.libraries().withCore(List.of(libraryPackages))));
    }

    /**
     * Replaces the frameworks and drivers that {@link #coreUsesNoFrameworkOrDriver()} names: by default persistence
     * APIs and drivers (Jakarta and Java Persistence, Hibernate, MongoDB, BSON, JDBC), Spring, dependency injection
     * (Jakarta and Java Inject, CDI) and Jackson.
     */
    public HexagonalArchitecture frameworksBannedFromTheCore(String... packages) {
        return new HexagonalArchitecture(layout.with(layout.libraries().withBannedFromTheCore(List.of(packages))));
    }

    /** Libraries the provider interface may use besides the domain and the JDK (none by default). */
    public HexagonalArchitecture providerInterfaceMayAlsoUse(String... libraryPackages) {
        return new HexagonalArchitecture(
                layout.with(layout.libraries().withProviderInterface(List.of(libraryPackages))));
    }

    /**
     * Replaces the frameworks that {@link #persistenceAdaptersUseNoFramework()} names: by default Spring,
     * dependency injection (Jakarta and Java Inject, CDI), Enterprise Beans, Jakarta Transactions, Micronaut and
     * Quarkus. An adapter's own driver, an ORM and its mapping annotations included, is not on the list.
     */
    public HexagonalArchitecture frameworksBannedFromPersistenceAdapters(String... packages) {
        return new HexagonalArchitecture(
                layout.with(layout.libraries().withBannedFromPersistenceAdapters(List.of(packages))));
    }

    /** Imports the production classes of every declared package from the class path and checks every rule. */
    public void checkProductionClasses() {
        check(new ClassFileImporter()
                .withImportOption(new ProductionClassesOnly())
                .importPackages(layout.packagesToImport()));
    }

    /**
     * Checks every rule that the declared rings call for and reports every problem at once: each broken rule under
     * its own name and reason, a declaration that matched nothing among them.
     */
    public void check(JavaClasses classes) {
        String reports = checkedTogether().stream()
                .map(rule -> rule.evaluate(classes))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .collect(Collectors.joining(System.lineSeparator() + System.lineSeparator()));
        if (!reports.isEmpty()) {
            throw new AssertionError(reports);
        }
    }

    /** Every rule the declared rings call for, as one, e.g. for an {@code @ArchTest} field. */
    public ArchRule rules() {
        return CompositeArchRule.of(checkedTogether());
    }

    /** The rules about the domain and the application alone, for a build that sees no adapter. */
    public ArchRule coreRules() {
        List<ArchRule> core = new ArrayList<>();
        if (layout.declares(RingRole.DOMAIN)) {
            core.add(domainDependsOnlyOnItselfAndTheJdk());
        }
        if (layout.declares(RingRole.APPLICATION)) {
            core.add(applicationDependsOnlyOnTheDomainAndTheJdk());
        }
        core.add(coreUsesNoFrameworkOrDriver());
        core.add(ringsAreFreeOfCycles());
        return CompositeArchRule.of(core);
    }

    /** Every declared ring, root of persistence adapters and package of ports matches at least one class. */
    public ArchRule everyDeclaredRingMatchesClasses() {
        requireSomethingDeclared();
        return all(Declaration.everyDeclarationOf(layout)).should(Declaration.matchAClass())
                .because("a rule over a package that holds nothing checks nothing")
                .allowEmptyShould(false);
    }

    public ArchRule domainDependsOnlyOnItselfAndTheJdk() {
        Ring domain = declared(RingRole.DOMAIN);
        return classes().that(rings.belongTo(EnumSet.of(RingRole.DOMAIN), "belong to " + domain))
                .should().onlyDependOnClassesThat().resideInAnyPackage(withCoreLibraries(domain.patterns()))
                .because("the domain is a plain JDK library that every ring, and other teams, reuse")
                .allowEmptyShould(false);
    }

    public ArchRule applicationDependsOnlyOnTheDomainAndTheJdk() {
        Ring application = declared(RingRole.APPLICATION);
        String[] domain = layout.ring(RingRole.DOMAIN).map(Ring::patterns).orElse(new String[0]);
        return classes().that(rings.belongTo(EnumSet.of(RingRole.APPLICATION), "belong to " + application))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(withCoreLibraries(concat(application.patterns(), domain)))
                .because("the use cases talk to the outside world only through the domain's ports")
                .allowEmptyShould(false);
    }

    /** Redundant with the two rules above on purpose: its violations name the framework plainly. */
    public ArchRule coreUsesNoFrameworkOrDriver() {
        if (!layout.declares(RingRole.DOMAIN) && !layout.declares(RingRole.APPLICATION)) {
            throw notDeclared("the domain or the application");
        }
        return noClasses().that(rings.belongTo(CORE, "belong to the domain or the application"))
                .should().dependOnClassesThat()
                .resideInAnyPackage(Libraries.patterns(layout.libraries().bannedFromTheCore()))
                .because("frameworks and drivers are an adapter's business; the core must outlive them")
                .allowEmptyShould(false);
    }

    public ArchRule providerInterfaceDependsOnlyOnTheDomain() {
        Ring providerInterface = declared(RingRole.PROVIDER_INTERFACE);
        String[] domain = layout.ring(RingRole.DOMAIN).map(Ring::patterns).orElse(new String[0]);
        String[] libraries = Libraries.patterns(layout.libraries().providerInterface());
        return classes().that(rings.belongTo(EnumSet.of(RingRole.PROVIDER_INTERFACE), "belong to " + providerInterface))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(concat(concat(providerInterface.patterns(), domain), concat(libraries, "java..")))
                .because("every adapter implements it, so it must bring nothing an adapter does not need")
                .allowEmptyShould(false);
    }

    /**
     * A persistence adapter depends on the domain, the provider interface, and libraries (its own driver): never on
     * the application, another adapter, the testkit or the composition root.
     */
    public ArchRule persistenceAdaptersDependOnlyOnTheDomainAndTheProviderInterface() {
        requireDeclared(RingRole.PERSISTENCE_ADAPTER);
        return classes().that(persistenceAdapters())
                .should(rings.knowOnly("depend on no ring but their own, the domain and the provider interface",
                        (ring, target) -> ring.role() == RingRole.DOMAIN
                                || ring.role() == RingRole.PROVIDER_INTERFACE))
                .because("a persistence adapter implements the domain's ports and is reusable on its own")
                .allowEmptyShould(false);
    }

    public ArchRule persistenceAdaptersUseNoFramework() {
        requireDeclared(RingRole.PERSISTENCE_ADAPTER);
        return noClasses().that(persistenceAdapters())
                .should().dependOnClassesThat()
                .resideInAnyPackage(Libraries.patterns(layout.libraries().bannedFromPersistenceAdapters()))
                .because("a plain class with a constructor can be reused by a service on any framework")
                .allowEmptyShould(false);
    }

    /**
     * A driving adapter calls use cases, never their implementations, an outbound port, another adapter or the
     * testkit. It may name the domain's values, and what crosses an outbound port without being one (its exceptions
     * and status records), because the inbound ports hand those on: a port is its interface.
     */
    public ArchRule drivingAdaptersUseTheApplicationOnlyThroughInboundPorts() {
        requireDeclared(RingRole.DRIVING_ADAPTER);
        return classes().that(rings.belongTo(EnumSet.of(RingRole.DRIVING_ADAPTER), "belong to a driving adapter"))
                .should(rings.knowOnly("depend on no ring but their own, the inbound ports, the domain's values and"
                        + " the provider interface", this::mayBeKnownByADrivingAdapter))
                .because("the composition root wires a driving adapter to the use cases; it must not reach past them")
                .allowEmptyShould(false);
    }

    public ArchRule testkitKnowsNoRingButTheDomain() {
        Ring testkit = declared(RingRole.TESTKIT);
        return classes().that(rings.belongTo(EnumSet.of(RingRole.TESTKIT), "belong to " + testkit))
                .should(rings.knowOnly("depend on no ring but their own and the domain",
                        (ring, target) -> ring.role() == RingRole.DOMAIN))
                .because("every module reuses the testkit in its tests, so it can only build on the domain")
                .allowEmptyShould(false);
    }

    public ArchRule nothingDependsOnTheCompositionRoot() {
        Ring root = declared(RingRole.COMPOSITION_ROOT);
        return classes().that(rings.belongTo(EnumSet.complementOf(EnumSet.of(RingRole.COMPOSITION_ROOT)),
                        "belong to a ring other than " + root))
                .should(rings.knowOnly("not depend on " + root,
                        (ring, target) -> ring.role() != RingRole.COMPOSITION_ROOT))
                .because("the composition root knows every ring, and no ring knows it")
                .allowEmptyShould(false);
    }

    /** No cycle between rings, each adapter a ring of its own. */
    public ArchRule ringsAreFreeOfCycles() {
        requireSomethingDeclared();
        return slices().assignedFrom(rings.slicePerRing()).should().beFreeOfCycles()
                .because("a cycle makes two rings one")
                .allowEmptyShould(false);
    }

    /** The declarations' own rule, then every other rule the layout calls for: emptiness is the former's to report. */
    private List<ArchRule> checkedTogether() {
        List<ArchRule> rules = new ArrayList<>(List.of(everyDeclaredRingMatchesClasses()));
        Stream.of(
                        ruleIf(RingRole.DOMAIN, this::domainDependsOnlyOnItselfAndTheJdk),
                        ruleIf(RingRole.APPLICATION, this::applicationDependsOnlyOnTheDomainAndTheJdk),
                        layout.declares(RingRole.DOMAIN) || layout.declares(RingRole.APPLICATION)
                                ? List.of(coreUsesNoFrameworkOrDriver()) : List.<ArchRule>of(),
                        ruleIf(RingRole.PROVIDER_INTERFACE, this::providerInterfaceDependsOnlyOnTheDomain),
                        ruleIf(RingRole.PERSISTENCE_ADAPTER,
                                this::persistenceAdaptersDependOnlyOnTheDomainAndTheProviderInterface),
                        ruleIf(RingRole.PERSISTENCE_ADAPTER, this::persistenceAdaptersUseNoFramework),
                        ruleIf(RingRole.DRIVING_ADAPTER, this::drivingAdaptersUseTheApplicationOnlyThroughInboundPorts),
                        ruleIf(RingRole.TESTKIT, this::testkitKnowsNoRingButTheDomain),
                        ruleIf(RingRole.COMPOSITION_ROOT, this::nothingDependsOnTheCompositionRoot),
                        List.of(ringsAreFreeOfCycles()))
                .flatMap(List::stream)
                .map(rule -> rule.allowEmptyShould(true))
                .forEach(rules::add);
        return rules;
    }

    private DescribedPredicate<JavaClass> persistenceAdapters() {
        return rings.belongTo(EnumSet.of(RingRole.PERSISTENCE_ADAPTER), "belong to a persistence adapter");
    }

    private List<ArchRule> ruleIf(RingRole role, Supplier<ArchRule> rule) {
        return layout.declares(role) ? List.of(rule.get()) : List.of();
    }

    private boolean mayBeKnownByADrivingAdapter(Ring ring, JavaClass target) {
        return switch (ring.role()) {
            case DOMAIN -> !(target.isInterface() && layout.isOutboundPort(target.getPackageName()));
            case APPLICATION -> layout.isInboundPort(target.getPackageName());
            case PROVIDER_INTERFACE -> true;
            default -> false;
        };
    }

    private HexagonalArchitecture declare(Ring ring) {
        return new HexagonalArchitecture(layout.with(ring));
    }

    private Ring declared(RingRole role) {
        return layout.ring(role).orElseThrow(() -> notDeclared(role.description()));
    }

    private void requireDeclared(RingRole role) {
        if (!layout.declares(role)) {
            throw notDeclared("a " + role.description());
        }
    }

    private void requireSomethingDeclared() {
        if (layout.rings().isEmpty() && layout.persistenceAdapterRoots().isEmpty()) {
            throw new IllegalStateException("no ring is declared: declare the rings of the hexagon before checking it");
        }
    }

    private static IllegalStateException notDeclared(String ring) {
        return new IllegalStateException(ring + " is not declared, so this rule has nothing to check");
    }

    private String[] withCoreLibraries(String[] patterns) {
        return concat(concat(patterns, Libraries.patterns(layout.libraries().core())), "java..");
    }

    private static String[] concat(String[] first, String... second) {
        return Stream.concat(Stream.of(first), Stream.of(second)).toArray(String[]::new);
    }
}

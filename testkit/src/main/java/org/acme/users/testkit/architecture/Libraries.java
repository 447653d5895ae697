package org.acme.users.testkit.architecture;

import java.util.List;

/**
 * What the rings may use beyond each other and the JDK, and which frameworks they must not: plain package
 * names, each standing for itself and its sub-packages.
 *
 * @param core                            libraries the domain and the application may use, besides the JDK
 * @param bannedFromTheCore               frameworks and drivers the domain and the application must not use
 * @param providerInterface               libraries the provider interface may use, besides the domain and the JDK
 * @param bannedFromPersistenceAdapters   frameworks that would tie a persistence adapter to one kind of service
 */
record Libraries(
        List<String> core,
        List<String> bannedFromTheCore,
        List<String> providerInterface,
        List<String> bannedFromPersistenceAdapters) {

    /** Persistence APIs, drivers, JDBC, dependency injection and JSON mapping: an adapter's business. */
    static final List<String> FRAMEWORKS_AND_DRIVERS = List.of(
            "jakarta.persistence", "javax.persistence", "org.hibernate", "com.mongodb", "org.bson",
            "org.springframework", "jakarta.inject", "javax.inject", "jakarta.enterprise", "tools.jackson",
            "com.fasterxml.jackson", "java.sql", "javax.sql");

    /**
     * Application frameworks and containers: an adapter built on one of them cannot be reused by a service on
     * another. Its own driver (an ORM and its mapping annotations included) is what an adapter is there for.
     */
    static final List<String> APPLICATION_FRAMEWORKS = List.of(
            "org.springframework", "jakarta.inject", "javax.inject", "jakarta.enterprise", "jakarta.ejb",
            "jakarta.transaction", "io.micronaut", "io.quarkus");

    Libraries {
        core = checked(core);
        bannedFromTheCore = checked(bannedFromTheCore);
        providerInterface = checked(providerInterface);
        bannedFromPersistenceAdapters = checked(bannedFromPersistenceAdapters);
    }

    static Libraries defaults() {
        return new Libraries(List.of(), FRAMEWORKS_AND_DRIVERS, List.of(), APPLICATION_FRAMEWORKS);
    }

    Libraries withCore(List<String> packages) {
        return new Libraries(packages, bannedFromTheCore, providerInterface, bannedFromPersistenceAdapters);
    }

    Libraries withBannedFromTheCore(List<String> packages) {
        return new Libraries(core, packages, providerInterface, bannedFromPersistenceAdapters);
    }

    Libraries withProviderInterface(List<String> packages) {
        return new Libraries(core, bannedFromTheCore, packages, bannedFromPersistenceAdapters);
    }

    Libraries withBannedFromPersistenceAdapters(List<String> packages) {
        return new Libraries(core, bannedFromTheCore, providerInterface, packages);
    }

    static String[] patterns(List<String> packages) {
        return packages.stream().map(Ring::withSubPackages).toArray(String[]::new);
    }

    private static List<String> checked(List<String> packages) {
        packages.forEach(Ring::requirePackageName);
        return List.copyOf(packages);
    }
}

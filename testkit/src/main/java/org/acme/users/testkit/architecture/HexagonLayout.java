package org.acme.users.testkit.architecture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rings a hexagon declares, and what its rules allow beyond them.
 *
 * @param rings                  every declared ring; one per role, except adapters, which have names of their own
 * @param persistenceAdapterRoots packages whose every direct sub-package is a persistence adapter of that name
 * @param outboundPorts          where the domain's outbound port interfaces live
 * @param inboundPorts           where the application's use-case interfaces and their commands live
 * @param libraries              the libraries that rings may use or must not use
 */
record HexagonLayout(
        List<Ring> rings,
        List<String> persistenceAdapterRoots,
        List<String> outboundPorts,
        List<String> inboundPorts,
        Libraries libraries) {

    HexagonLayout {
        rings = List.copyOf(rings);
        persistenceAdapterRoots = List.copyOf(persistenceAdapterRoots);
        outboundPorts = List.copyOf(outboundPorts);
        inboundPorts = List.copyOf(inboundPorts);
    }

    static HexagonLayout nothingDeclared() {
        return new HexagonLayout(List.of(), List.of(), List.of(), List.of(), Libraries.defaults());
    }

    /** Declares a ring: an adapter is added beside the others, any other ring takes its role's place. */
    HexagonLayout with(Ring ring) {
        List<Ring> declared = new ArrayList<>(rings);
        if (ring.role().isAdapter()) {
            if (adapters().anyMatch(other -> other.name().equals(ring.name()))) {
                throw new IllegalArgumentException("an adapter named '" + ring.name() + "' is declared already");
            }
        } else {
            declared.removeIf(other -> other.role() == ring.role());
        }
        declared.add(ring);
        return new HexagonLayout(declared, persistenceAdapterRoots, outboundPorts, inboundPorts, libraries);
    }

    HexagonLayout withPersistenceAdaptersIn(String root) {
        List<String> roots = new ArrayList<>(persistenceAdapterRoots);
        roots.add(Ring.requirePackageName(root));
        return new HexagonLayout(rings, roots, outboundPorts, inboundPorts, libraries);
    }

    HexagonLayout withOutboundPorts(List<String> packages) {
        return new HexagonLayout(rings, persistenceAdapterRoots, packageNames(packages), inboundPorts, libraries);
    }

    HexagonLayout withInboundPorts(List<String> packages) {
        return new HexagonLayout(rings, persistenceAdapterRoots, outboundPorts, packageNames(packages), libraries);
    }

    HexagonLayout with(Libraries changed) {
        return new HexagonLayout(rings, persistenceAdapterRoots, outboundPorts, inboundPorts, changed);
    }

    Optional<Ring> ring(RingRole role) {
        return rings.stream().filter(ring -> ring.role() == role).findFirst();
    }

    boolean declares(RingRole role) {
        return ring(role).isPresent() || (role == RingRole.PERSISTENCE_ADAPTER && !persistenceAdapterRoots.isEmpty());
    }

    /**
     * The ring a class of this package belongs to: the declared ring that covers it most closely, or the adapter
     * named by the package's first segment below a root of persistence adapters. Empty for a library or the JDK.
     */
    Optional<Ring> ringOf(String packageName) {
        Stream<Ring> declared = rings.stream().filter(ring -> ring.covers(packageName));
        Stream<Ring> found = persistenceAdapterRoots.stream()
                .filter(root -> Ring.isSameOrBelow(packageName, root))
                .map(root -> foundAdapter(root, packageName));
        return Stream.concat(declared, found).max(Comparator.comparingInt(ring -> ring.closeness(packageName)));
    }

    /** Every package a check has to import: the rings', and the roots the persistence adapters are found in. */
    String[] packagesToImport() {
        return Stream.concat(rings.stream().flatMap(ring -> ring.packages().stream()), persistenceAdapterRoots.stream())
                .distinct()
                .toArray(String[]::new);
    }

    boolean isOutboundPort(String packageName) {
        return outboundPorts.stream().anyMatch(port -> Ring.isSameOrBelow(packageName, port));
    }

    boolean isInboundPort(String packageName) {
        return inboundPorts.stream().anyMatch(port -> Ring.isSameOrBelow(packageName, port));
    }

    private Stream<Ring> adapters() {
        return rings.stream().filter(ring -> ring.role().isAdapter());
    }

    /** A class right in the root belongs to an adapter of its own, so that it cannot couple the others. */
    private static Ring foundAdapter(String root, String packageName) {
        if (packageName.equals(root)) {
            return Ring.adapter(RingRole.PERSISTENCE_ADAPTER, root, root);
        }
        String name = packageName.substring(root.length() + 1).split("\\.", 2)[0];
        return Ring.adapter(RingRole.PERSISTENCE_ADAPTER, name, root + "." + name);
    }

    private static List<String> packageNames(List<String> packages) {
        packages.forEach(Ring::requirePackageName);
        return packages;
    }
}

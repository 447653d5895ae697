package org.acme.users.testkit.architecture;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One ring of a hexagon: its role, the name it goes by in reports, and the packages it covers (each with its
 * sub-packages).
 */
record Ring(RingRole role, String name, List<String> packages) {

    private static final String IDENTIFIER = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
    private static final Pattern PACKAGE_NAME = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*");

    Ring {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a ring needs a name");
        }
        packages = List.copyOf(packages);
        if (packages.isEmpty()) {
            throw new IllegalArgumentException(role.description() + " needs at least one package");
        }
        packages.forEach(Ring::requirePackageName);
    }

    /** A ring of one role only, named after it. */
    static Ring of(RingRole role, String... packages) {
        return new Ring(role, role.description(), List.of(packages));
    }

    /** An adapter, which has a name of its own. */
    static Ring adapter(RingRole role, String name, String... packages) {
        return new Ring(role, name, List.of(packages));
    }

    /** Whether a class of this package belongs to the ring. */
    boolean covers(String packageName) {
        return packages.stream().anyMatch(own -> isSameOrBelow(packageName, own));
    }

    /** How closely the ring covers a package: the length of its longest package that does, or -1. */
    int closeness(String packageName) {
        return packages.stream().filter(own -> isSameOrBelow(packageName, own)).mapToInt(String::length).max()
                .orElse(-1);
    }

    /** The packages as ArchUnit patterns, each with its sub-packages. */
    String[] patterns() {
        return packages.stream().map(Ring::withSubPackages).toArray(String[]::new);
    }

    @Override
    public String toString() {
        return role.isAdapter() ? role.description() + " '" + name + "'" : name;
    }

    static boolean isSameOrBelow(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }

    static String withSubPackages(String packageName) {
        return packageName + "..";
    }

    static String requirePackageName(String name) {
        Objects.requireNonNull(name, "package name");
        if (!PACKAGE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a package name: '" + name + "'");
        }
        return name;
    }
}

package org.acme.users.testkit.architecture;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where each ring of a hexagon lives: one sub-package per ring, named relative to one base package.
 *
 * @param persistenceAdapters one sub-package per persistence adapter; they must not know each other
 */
record HexagonLayout(
        String basePackage,
        String domain,
        String outboundPorts,
        String application,
        String inboundPorts,
        List<String> persistenceAdapters,
        String webAdapter,
        String bootstrap,
        String testkit) {

    private static final String IDENTIFIER = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
    private static final Pattern PACKAGE_NAME = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*");

    HexagonLayout {
        requirePackageName(basePackage);
        requirePackageName(domain);
        requirePackageName(outboundPorts);
        requirePackageName(application);
        requirePackageName(inboundPorts);
        persistenceAdapters = List.copyOf(persistenceAdapters);
        if (persistenceAdapters.isEmpty()) {
            throw new IllegalArgumentException("a hexagon needs at least one persistence adapter");
        }
        persistenceAdapters.forEach(HexagonLayout::requirePackageName);
        requirePackageName(webAdapter);
        requirePackageName(bootstrap);
        requirePackageName(testkit);
    }

    /** The layout of DESIGN.md below {@code basePackage}. */
    static HexagonLayout conventionalBelow(String basePackage) {
        return new HexagonLayout(basePackage, "domain", "domain.port", "application", "application.port.in",
                List.of("adapter.persistence.sql", "adapter.persistence.mongo"), "adapter.web", "bootstrap", "testkit");
    }

    HexagonLayout withDomain(String subPackage) {
        return new HexagonLayout(basePackage, subPackage, outboundPorts, application, inboundPorts,
                persistenceAdapters, webAdapter, bootstrap, testkit);
    }

    HexagonLayout withOutboundPorts(String subPackage) {
        return new HexagonLayout(basePackage, domain, subPackage, application, inboundPorts,
                persistenceAdapters, webAdapter, bootstrap, testkit);
    }

    HexagonLayout withApplication(String subPackage) {
        return new HexagonLayout(basePackage, domain, outboundPorts, subPackage, inboundPorts,
                persistenceAdapters, webAdapter, bootstrap, testkit);
    }

    HexagonLayout withInboundPorts(String subPackage) {
        return new HexagonLayout(basePackage, domain, outboundPorts, application, subPackage,
                persistenceAdapters, webAdapter, bootstrap, testkit);
    }

    HexagonLayout withPersistenceAdapters(List<String> subPackages) {
        return new HexagonLayout(basePackage, domain, outboundPorts, application, inboundPorts,
                subPackages, webAdapter, bootstrap, testkit);
    }

    HexagonLayout withWebAdapter(String subPackage) {
        return new HexagonLayout(basePackage, domain, outboundPorts, application, inboundPorts,
                persistenceAdapters, subPackage, bootstrap, testkit);
    }

    HexagonLayout withBootstrap(String subPackage) {
        return new HexagonLayout(basePackage, domain, outboundPorts, application, inboundPorts,
                persistenceAdapters, webAdapter, subPackage, testkit);
    }

    HexagonLayout withTestkit(String subPackage) {
        return new HexagonLayout(basePackage, domain, outboundPorts, application, inboundPorts,
                persistenceAdapters, webAdapter, bootstrap, subPackage);
    }

    private static void requirePackageName(String name) {
        Objects.requireNonNull(name, "package name");
        if (!PACKAGE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a package name: '" + name + "'");
        }
    }
}

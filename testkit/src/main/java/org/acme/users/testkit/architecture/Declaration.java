package org.acme.users.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ClassesTransformer;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One thing a layout declares (a ring, a root of persistence adapters, a package of ports) and how many of the
 * imported classes it matched. A declaration that matches nothing is a mistake, never a pass.
 */
record Declaration(String description, long matchedClasses) {

    /** Every declaration of the layout, counted against the classes a rule is checked on. */
    static ClassesTransformer<Declaration> everyDeclarationOf(HexagonLayout layout) {
        return new AbstractClassesTransformer<>("declared rings") {
            @Override
            public Iterable<Declaration> doTransform(JavaClasses classes) {
                List<Declaration> declarations = new ArrayList<>();
                for (Ring ring : layout.rings()) {
                    declarations.add(counted(ring + " " + ring.packages(), classes,
                            name -> layout.ringOf(name).equals(Optional.of(ring))));
                }
                for (String root : layout.persistenceAdapterRoots()) {
                    declarations.add(counted("the persistence adapters, one per sub-package of " + root, classes,
                            name -> name.startsWith(root + ".")));
                }
                if (!layout.outboundPorts().isEmpty()) {
                    declarations.add(counted("the outbound ports " + layout.outboundPorts(), classes,
                            layout::isOutboundPort));
                }
                if (!layout.inboundPorts().isEmpty()) {
                    declarations.add(counted("the inbound ports " + layout.inboundPorts(), classes,
                            layout::isInboundPort));
                }
                return declarations;
            }
        };
    }

    static ArchCondition<Declaration> matchAClass() {
        return new ArchCondition<>("match at least one class") {
            @Override
            public void check(Declaration declaration, ConditionEvents events) {
                boolean matched = declaration.matchedClasses() > 0;
                events.add(new SimpleConditionEvent(declaration, matched, declaration.description()
                        + (matched ? " matched " + declaration.matchedClasses() + " classes"
                                : " matched no class: a misspelt package, or a ring that is not there, must not"
                                        + " pass by checking nothing")));
            }
        };
    }

    private static Declaration counted(String description, JavaClasses classes, Predicate<String> coversPackage) {
        long matched = classes.stream().map(JavaClass::getPackageName).filter(coversPackage).count();
        return new Declaration(description, matched);
    }
}

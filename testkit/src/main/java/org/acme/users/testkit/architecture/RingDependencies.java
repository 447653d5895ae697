package org.acme.users.testkit.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/** ArchUnit's view of the rings: which ring a class belongs to, and which rings its dependencies lead into. */
final class RingDependencies {

    private final HexagonLayout layout;

    RingDependencies(HexagonLayout layout) {
        this.layout = layout;
    }

    Optional<Ring> ringOf(JavaClass javaClass) {
        return layout.ringOf(javaClass.getBaseComponentType().getPackageName());
    }

    DescribedPredicate<JavaClass> belongTo(Set<RingRole> roles, String description) {
        return DescribedPredicate.describe(description,
                javaClass -> ringOf(javaClass).map(ring -> roles.contains(ring.role())).orElse(false));
    }

    /**
     * Holds when every dependency of a class stays in its own ring, leaves the rings (for the JDK or a library:
     * other rules judge those), or leads into a ring that {@code mayKnow} accepts.
     */
    ArchCondition<JavaClass> knowOnly(String description, BiPredicate<Ring, JavaClass> mayKnow) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<Ring> own = ringOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    ringOf(target)
                            .filter(ring -> !own.equals(Optional.of(ring)) && !mayKnow.test(ring, target))
                            .ifPresent(ring -> events.add(SimpleConditionEvent.violated(dependency,
                                    dependency.getDescription() + ", and " + target.getSimpleName() + " belongs to "
                                            + ring)));
                }
            }
        };
    }

    /** One slice per ring, every adapter its own; classes outside the rings are left out. */
    SliceAssignment slicePerRing() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return ringOf(javaClass).map(ring -> SliceIdentifier.of(ring.toString()))
                        .orElse(SliceIdentifier.ignore());
            }

            @Override
            public String getDescription() {
                return "rings";
            }
        };
    }
}

package org.acme.users.persistence.spi;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One kind of database a provider's tests can run on, such as "sql on PostgreSQL"; each {@link #create()} makes a
 * fresh one, isolated from every other.
 */
public interface TestDatabaseKind {

    /** Says which adapter and which database, e.g. {@code sql on PostgreSQL}; also names test cases. */
    String description();

    /**
     * Starts or makes the database.
     *
     * @throws TestDatabaseUnavailableException when a server it needs is not there; a test reports the reason,
     *                                          and under {@code CI=true} fails
     */
    TestDatabase create();

    /** A kind described as given, whose databases {@code creator} makes. */
    static TestDatabaseKind of(String description, Supplier<TestDatabase> creator) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(creator, "creator");
        return new TestDatabaseKind() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public TestDatabase create() {
                return creator.get();
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}

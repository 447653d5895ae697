package org.acme.users.persistence.spi;

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
}

package org.acme.users.domain.port;

/** Asks the database behind a persistence adapter whether it answers, within a second or two. */
public interface DatabaseHealth {

    /** Never throws for an unreachable database: that is reported as {@code up == false}. */
    DatabaseStatus check();
}

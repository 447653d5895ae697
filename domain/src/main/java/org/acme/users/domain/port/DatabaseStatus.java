package org.acme.users.domain.port;

import java.util.Objects;

/**
 * What a persistence adapter reports about its database.
 *
 * @param adapter  which adapter serves the ports, such as {@code sql} or {@code mongo}
 * @param database the database product and version, such as {@code PostgreSQL 15.19}; the last one seen while down
 * @param up       whether the database answered just now
 */
public record DatabaseStatus(String adapter, String database, boolean up) {

    public DatabaseStatus {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(database, "database");
    }
}

package org.acme.users.persistence.spi;

import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;

/**
 * An adapter opened on its database: the ports it serves, the meters of its connection pool, and what
 * {@link #close} releases (the pool, the client, an embedded server), in the order the adapter needs.
 *
 * @param poolMetrics binds the pool's meters to the service's registry; {@code registry -> {}} when it has none
 */
public record OpenedPersistence(
        UserRepository userRepository, DatabaseHealth databaseHealth, MeterBinder poolMetrics, AutoCloseable resources)
        implements AutoCloseable {

    public OpenedPersistence {
        Objects.requireNonNull(userRepository, "userRepository");
        Objects.requireNonNull(databaseHealth, "databaseHealth");
        Objects.requireNonNull(poolMetrics, "poolMetrics");
        Objects.requireNonNull(resources, "resources");
    }

    /** Releases the resources; a failure to do so is reported unchecked, since nothing can be retried. */
    @Override
    public void close() {
        try {
            resources.close();
        } catch (RuntimeException failure) {
            throw failure;
        } catch (Exception failure) {
            throw new IllegalStateException("closing the persistence adapter failed", failure);
        }
    }
}

package org.acme.users.application.service;

import java.util.Objects;
import org.acme.users.application.port.in.CheckHealthUseCase;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;

/** Use case implementation: telling whether the database can be reached. */
public final class CheckHealthService implements CheckHealthUseCase {

    private final DatabaseHealth databaseHealth;

    public CheckHealthService(DatabaseHealth databaseHealth) {
        this.databaseHealth = Objects.requireNonNull(databaseHealth, "databaseHealth");
    }

    @Override
    public DatabaseStatus check() {
        return databaseHealth.check();
    }
}

package org.acme.users.application.port.in;

import org.acme.users.domain.port.DatabaseStatus;

/** Use case: telling whether the service can reach its database, and which one it is. */
public interface CheckHealthUseCase {

    DatabaseStatus check();
}

package org.acme.users.application.port.in;

import java.util.Objects;
import java.util.OptionalLong;
import org.acme.users.domain.model.UserId;

/** A request to remove a user, optionally only if it is still at {@code expectedVersion}. */
public record DeleteUserCommand(UserId id, OptionalLong expectedVersion) {

    public DeleteUserCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}

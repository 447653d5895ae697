package org.acme.users.application.port.in;

import java.util.Objects;
import java.util.OptionalLong;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserId;

/** A request to change a user, optionally only if it is still at {@code expectedVersion}. */
public record ChangeUserCommand(UserId id, UserDetails details, OptionalLong expectedVersion) {

    public ChangeUserCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }

    /** @throws org.acme.users.domain.model.InvalidUserDataException naming every failing field */
    public static ChangeUserCommand of(UserId id, String email, String name, OptionalLong expectedVersion) {
        return new ChangeUserCommand(id, UserDetails.of(email, name), expectedVersion);
    }
}

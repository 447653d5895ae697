package org.acme.users.application.port.in;

import java.util.Objects;
import org.acme.users.domain.model.UserDetails;

/** A request to register a user; holding {@link UserDetails} means it is valid once it exists. */
public record RegisterUserCommand(UserDetails details) {

    public RegisterUserCommand {
        Objects.requireNonNull(details, "details");
    }

    /** @throws org.acme.users.domain.model.InvalidUserDataException naming every failing field */
    public static RegisterUserCommand of(String email, String name) {
        return new RegisterUserCommand(UserDetails.of(email, name));
    }
}

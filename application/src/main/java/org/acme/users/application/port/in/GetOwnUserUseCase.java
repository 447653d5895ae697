package org.acme.users.application.port.in;

import java.util.Optional;
import org.acme.users.domain.model.User;

/** Use case: reading the user that belongs to the caller. */
public interface GetOwnUserUseCase {

    /** Empty when the caller proved no identity, or has registered no user. */
    Optional<User> getOwn(Caller caller);
}

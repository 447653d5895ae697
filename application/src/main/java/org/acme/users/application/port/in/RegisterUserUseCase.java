package org.acme.users.application.port.in;

import org.acme.users.domain.model.User;

/** Use case: registering a new user under an address nobody else uses. */
public interface RegisterUserUseCase {

    /** @throws org.acme.users.domain.port.EmailAlreadyUsedException if the address is taken */
    User register(RegisterUserCommand command);
}

package org.acme.users.application.port.in;

import org.acme.users.domain.model.User;

/** Use case: registering a new user under an address nobody else uses, owned by the caller if it is a member. */
public interface RegisterUserUseCase {

    /**
     * @throws org.acme.users.domain.port.EmailAlreadyUsedException if the address is taken
     * @throws org.acme.users.domain.port.OwnerAlreadyRegisteredException if the caller has registered a user already
     */
    User register(Caller caller, RegisterUserCommand command);
}

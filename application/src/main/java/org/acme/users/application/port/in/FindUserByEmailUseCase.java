package org.acme.users.application.port.in;

import java.util.Optional;
import org.acme.users.domain.model.User;

/** Use case: looking a user up by e-mail address, as typed: it is normalised before matching. */
public interface FindUserByEmailUseCase {

    /**
     * Empty when nobody has the address, and also when the text cannot be an address at all.
     *
     * @throws NotPermittedException unless the caller may reach every user
     */
    Optional<User> findByEmail(Caller caller, String email);
}

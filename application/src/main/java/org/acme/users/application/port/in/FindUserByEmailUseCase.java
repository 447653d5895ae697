package org.acme.users.application.port.in;

import java.util.Optional;
import org.acme.users.domain.model.User;

/** Use case: looking a user up by e-mail address, as typed: it is normalised before matching. */
public interface FindUserByEmailUseCase {

    /** Empty when nobody has the address, and also when the text cannot be an address at all. */
    Optional<User> findByEmail(String email);
}

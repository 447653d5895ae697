package org.acme.users.application.port.in;

import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;

/** Use case: reading one user by id. */
public interface GetUserUseCase {

    /**
     * @throws org.acme.users.domain.port.UserNotFoundException if no user has that id, or none that the caller
     *         may reach: the two are not told apart
     */
    User get(Caller caller, UserId id);
}

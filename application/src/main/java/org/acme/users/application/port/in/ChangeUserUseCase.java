package org.acme.users.application.port.in;

import org.acme.users.domain.model.User;

/**
 * Use case: changing a user's address and name. With an expected version the change applies only to
 * that version; without one it applies to whatever version is current, and is never lost to a
 * concurrent change.
 */
public interface ChangeUserUseCase {

    /**
     * @throws org.acme.users.domain.port.UserNotFoundException if no user has that id, or none the caller may reach
     * @throws org.acme.users.domain.port.VersionConflictException if the expected version is not current
     * @throws org.acme.users.domain.port.EmailAlreadyUsedException if another user has the new address
     */
    User change(Caller caller, ChangeUserCommand command);
}

package org.acme.users.application.port.in;

/** Use case: removing a user, optionally only if it is still at an expected version. */
public interface DeleteUserUseCase {

    /**
     * @throws org.acme.users.domain.port.UserNotFoundException if no user has that id, or none the caller may reach
     * @throws org.acme.users.domain.port.VersionConflictException if the expected version is not current
     */
    void delete(Caller caller, DeleteUserCommand command);
}

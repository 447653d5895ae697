package org.acme.users.application.port.in;

/** Use case: walking through all users a page at a time, in ascending id order. */
public interface ListUsersUseCase {

    /** @throws NotPermittedException unless the caller may reach every user */
    UserPage list(Caller caller, ListUsersQuery query);
}

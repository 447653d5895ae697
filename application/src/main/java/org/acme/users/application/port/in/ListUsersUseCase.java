package org.acme.users.application.port.in;

/** Use case: walking through all users a page at a time, in ascending id order. */
public interface ListUsersUseCase {

    UserPage list(ListUsersQuery query);
}

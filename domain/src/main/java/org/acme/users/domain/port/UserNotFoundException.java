package org.acme.users.domain.port;

import org.acme.users.domain.model.UserId;

/** No user has this id. */
public class UserNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient UserId id;

    public UserNotFoundException(UserId id) {
        super("no user with id " + id);
        this.id = id;
    }

    public UserId id() {
        return id;
    }
}

package org.acme.users.application.service;

import org.acme.users.application.port.in.Caller;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;

/**
 * Loads a user for a caller. One the caller may not reach is reported exactly as a missing one, so an id
 * tells a caller nothing about users that are not its own. A user's owner never changes, so the check on
 * the loaded snapshot still holds for the versioned write that follows it.
 */
final class ReachableUser {

    private ReachableUser() {
    }

    static User load(UserRepository repository, Caller caller, UserId id) {
        return repository.findById(id).filter(caller::mayReach).orElseThrow(() -> new UserNotFoundException(id));
    }
}

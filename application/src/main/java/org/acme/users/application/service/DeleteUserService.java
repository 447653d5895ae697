package org.acme.users.application.service;

import java.util.Objects;
import org.acme.users.application.port.in.Caller;
import org.acme.users.application.port.in.DeleteUserCommand;
import org.acme.users.application.port.in.DeleteUserUseCase;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserRepository;

/** Use case implementation: removing a user. */
public final class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository repository;

    public DeleteUserService(UserRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    @Override
    public void delete(Caller caller, DeleteUserCommand command) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(command, "command");

        UserId id = command.id();
        if (command.expectedVersion().isPresent()) {
            deleteOnlyAt(caller, id, command.expectedVersion().getAsLong());
            return;
        }
        LatestVersionRetry.run(() -> repository.delete(id, ReachableUser.load(repository, caller, id).version()));
    }

    /** A caller who may reach every user needs no read first: the versioned delete alone says what is there. */
    private void deleteOnlyAt(Caller caller, UserId id, long expectedVersion) {
        if (!caller.mayReachEveryUser()) {
            ReachableUser.load(repository, caller, id);
        }
        repository.delete(id, expectedVersion);
    }
}

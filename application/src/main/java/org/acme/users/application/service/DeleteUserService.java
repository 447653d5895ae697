package org.acme.users.application.service;

import java.util.Objects;
import org.acme.users.application.port.in.DeleteUserCommand;
import org.acme.users.application.port.in.DeleteUserUseCase;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;

/** Use case implementation: removing a user. */
public final class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository repository;

    public DeleteUserService(UserRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    @Override
    public void delete(DeleteUserCommand command) {
        Objects.requireNonNull(command, "command");

        UserId id = command.id();
        if (command.expectedVersion().isPresent()) {
            repository.delete(id, command.expectedVersion().getAsLong());
            return;
        }
        LatestVersionRetry.run(() -> deleteCurrentVersion(id));
    }

    private void deleteCurrentVersion(UserId id) {
        long current = repository.findById(id).orElseThrow(() -> new UserNotFoundException(id)).version();
        repository.delete(id, current);
    }
}

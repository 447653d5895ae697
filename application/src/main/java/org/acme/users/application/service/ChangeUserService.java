package org.acme.users.application.service;

import java.time.Clock;
import java.util.Objects;
import org.acme.users.application.port.in.Caller;
import org.acme.users.application.port.in.ChangeUserCommand;
import org.acme.users.application.port.in.ChangeUserUseCase;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;

/** Use case implementation: changing a user's address and name. */
public final class ChangeUserService implements ChangeUserUseCase {

    private final UserRepository repository;
    private final Clock clock;

    public ChangeUserService(UserRepository repository, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public User change(Caller caller, ChangeUserCommand command) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(command, "command");

        if (command.expectedVersion().isPresent()) {
            return changeOnlyAt(caller, command.expectedVersion().getAsLong(), command);
        }
        return LatestVersionRetry.get(
                () -> write(ReachableUser.load(repository, caller, command.id()), command.details()));
    }

    /** A conflict here is the client's answer (412), so it is never retried. */
    private User changeOnlyAt(Caller caller, long expectedVersion, ChangeUserCommand command) {
        User current = ReachableUser.load(repository, caller, command.id());
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(command.id(), expectedVersion);
        }
        return write(current, command.details());
    }

    /** Writes even when the details are unchanged: every successful change makes a new version. */
    private User write(User current, UserDetails details) {
        User changed = current.changeTo(details, clock.instant());
        repository.update(changed);
        return changed;
    }
}

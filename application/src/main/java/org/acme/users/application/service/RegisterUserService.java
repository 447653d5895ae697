package org.acme.users.application.service;

import java.time.Clock;
import java.util.Objects;
import org.acme.users.application.port.in.Caller;
import org.acme.users.application.port.in.RegisterUserCommand;
import org.acme.users.application.port.in.RegisterUserUseCase;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserIdGenerator;
import org.acme.users.domain.port.UserRepository;

/** Use case implementation: registering a user. */
public final class RegisterUserService implements RegisterUserUseCase {

    private final UserRepository repository;
    private final UserIdGenerator idGenerator;
    private final Clock clock;

    public RegisterUserService(UserRepository repository, UserIdGenerator idGenerator, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.idGenerator = Objects.requireNonNull(idGenerator, "idGenerator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public User register(Caller caller, RegisterUserCommand command) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(command, "command");

        User user = User.register(idGenerator.next(), command.details(), caller.ownerOfWhatItRegisters(),
                clock.instant());
        repository.insert(user);
        return user;
    }
}

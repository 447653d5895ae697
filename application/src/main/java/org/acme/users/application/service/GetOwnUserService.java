package org.acme.users.application.service;

import java.util.Objects;
import java.util.Optional;
import org.acme.users.application.port.in.Caller;
import org.acme.users.application.port.in.GetOwnUserUseCase;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.UserRepository;

/** Use case implementation: reading the user that belongs to the caller. */
public final class GetOwnUserService implements GetOwnUserUseCase {

    private final UserRepository repository;

    public GetOwnUserService(UserRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    @Override
    public Optional<User> getOwn(Caller caller) {
        Objects.requireNonNull(caller, "caller");

        return caller.identity().flatMap(repository::findByOwner);
    }
}

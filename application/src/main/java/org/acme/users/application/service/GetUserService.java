package org.acme.users.application.service;

import java.util.Objects;
import org.acme.users.application.port.in.Caller;
import org.acme.users.application.port.in.GetUserUseCase;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserRepository;

/** Use case implementation: reading one user by id. */
public final class GetUserService implements GetUserUseCase {

    private final UserRepository repository;

    public GetUserService(UserRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    @Override
    public User get(Caller caller, UserId id) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(id, "id");

        return ReachableUser.load(repository, caller, id);
    }
}

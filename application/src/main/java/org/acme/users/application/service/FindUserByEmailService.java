package org.acme.users.application.service;

import java.util.Objects;
import java.util.Optional;
import org.acme.users.application.port.in.Caller;
import org.acme.users.application.port.in.FindUserByEmailUseCase;
import org.acme.users.application.port.in.NotPermittedException;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.UserRepository;

/** Use case implementation: looking a user up by e-mail address. */
public final class FindUserByEmailService implements FindUserByEmailUseCase {

    private final UserRepository repository;

    public FindUserByEmailService(UserRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    @Override
    public Optional<User> findByEmail(Caller caller, String email) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(email, "email");
        if (!caller.mayReachEveryUser()) {
            throw new NotPermittedException("looking users up by address");
        }

        // Text that cannot be an address belongs to nobody: a search, unlike a registration, is not an error then.
        if (EmailAddress.problemWith(email).isPresent()) {
            return Optional.empty();
        }
        return repository.findByEmail(EmailAddress.of(email));
    }
}

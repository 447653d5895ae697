package com.example.signup;

import java.time.Instant;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserIdGenerator;
import org.acme.users.domain.port.UserRepository;

/** Registers a user with the domain's own rules, into whatever repository the service has. */
public final class SignUp {

    private final UserIdGenerator ids = UserIdGenerator.systemDefault();
    private final UserRepository repository;

    public SignUp(UserRepository repository) {
        this.repository = repository;
    }

    public User register(String email, String name) {
        UserDetails details = UserDetails.of(email, name);
        User user = User.register(ids.next(), details, Instant.now());
        repository.insert(user);
        return user;
    }
}

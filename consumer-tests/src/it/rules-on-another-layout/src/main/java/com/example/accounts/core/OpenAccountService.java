package com.example.accounts.core;

import com.example.accounts.core.api.OpenAccount;
import java.time.Clock;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserIdGenerator;
import org.acme.users.domain.port.UserRepository;

/** Opens an account on the users domain, which this service reuses from its jar. */
public class OpenAccountService implements OpenAccount {

    private final UserRepository users;
    private final UserIdGenerator ids = UserIdGenerator.systemDefault();
    private final Clock clock;

    public OpenAccountService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public User open(String email, String name) {
        User user = User.register(ids.next(), UserDetails.of(email, name), clock.instant());
        users.insert(user);
        return user;
    }
}

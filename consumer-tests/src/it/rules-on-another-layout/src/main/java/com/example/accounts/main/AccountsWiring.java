package com.example.accounts.main;

import com.example.accounts.core.OpenAccountService;
import com.example.accounts.http.AccountResource;
import java.time.Clock;
import org.acme.users.domain.port.UserRepository;

/** The composition root, the one place that knows every ring. */
public final class AccountsWiring {

    private AccountsWiring() {
    }

    public static AccountResource resource(UserRepository users) {
        return new AccountResource(new OpenAccountService(users, Clock.systemUTC()));
    }
}

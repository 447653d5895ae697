package com.example.accounts.http;

import com.example.accounts.core.api.OpenAccount;

/** The service's driving adapter: it calls the use case and shows the user's id. */
public class AccountResource {

    private final OpenAccount openAccount;

    public AccountResource(OpenAccount openAccount) {
        this.openAccount = openAccount;
    }

    public String post(String email, String name) {
        return openAccount.open(email, name).id().toString();
    }
}

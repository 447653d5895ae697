package com.example.accounts.core.api;

import org.acme.users.domain.model.User;

/** The use case the HTTP adapter calls: opening an account is registering its user. */
public interface OpenAccount {

    User open(String email, String name);
}

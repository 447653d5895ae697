package org.acme.users.adapter.web.contract;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint that fails the way a bug would, with internals in the exception message, so the
 * rules can check that a 500 tells the client nothing of them. Registered only by the tests' server set-up.
 */
@RestController
public class UnexpectedFailureEndpoint {

    public static final String PATH = "/test/unexpected-failure";
    static final String SECRET = "password=hunter2";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("SELECT * FROM users WHERE " + SECRET + " -- driver said: connection refused");
    }
}

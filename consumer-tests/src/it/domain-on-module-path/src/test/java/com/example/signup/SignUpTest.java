package com.example.signup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.acme.users.domain.model.InvalidUserDataException;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.Test;

class SignUpTest {

    private final List<User> inserted = new ArrayList<>();
    private final UserRepository recording = (UserRepository) Proxy.newProxyInstance(
            UserRepository.class.getClassLoader(), new Class<?>[] {UserRepository.class},
            (proxy, method, arguments) -> inserted.add((User) arguments[0]));

    @Test
    void registersAUserInItsNormalisedFormThroughTheDomainModule() {
        User ada = new SignUp(recording).register(" Ada@Example.COM ", "Ada Lovelace");

        assertEquals("ada@example.com", ada.email().value());
        assertEquals(0, ada.version());
        assertEquals(List.of(ada), inserted);
        assertEquals("org.acme.users.domain", User.class.getModule().getName());
        assertEquals("com.example.signup", SignUp.class.getModule().getName());
    }

    @Test
    void refusesInvalidDetailsWithTheDomainsOwnException() {
        assertThrows(InvalidUserDataException.class, () -> new SignUp(recording).register("not an address", ""));
    }
}

package org.acme.users.domain.port;

import org.acme.users.domain.model.EmailAddress;

/** Another user already has this address (compared in normalised form). */
public class EmailAlreadyUsedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EmailAddress email;

    public EmailAlreadyUsedException(EmailAddress email) {
        super("e-mail address already used: " + email);
        this.email = email;
    }

    public EmailAddress email() {
        return email;
    }
}

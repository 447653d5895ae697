package org.acme.users.adapter.web.problem;

/** An {@code If-Match} condition that the current version of the user does not meet; answered with 412. */
public class PreconditionFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(String clientMessage) {
        super(clientMessage);
    }
}

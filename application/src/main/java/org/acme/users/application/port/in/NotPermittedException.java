package org.acme.users.application.port.in;

/** The caller proved who it is, but may not do this: list users, for one, is for administrators only. */
public class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String what) {
        super("not permitted: " + what);
    }
}

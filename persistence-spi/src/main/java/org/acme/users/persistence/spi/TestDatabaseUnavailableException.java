package org.acme.users.persistence.spi;

/** A test database whose server is not there; the message says which server, where, and why. */
public class TestDatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TestDatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

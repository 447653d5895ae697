package org.acme.users.domain.port;

/**
 * The database could not be reached or did not answer in time. The operation may be retried later;
 * for a write, the caller cannot tell whether it was applied unless it reads it back.
 */
public class RepositoryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RepositoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.acme.users.domain.port;

/**
 * The database answers, but the adapter had no free connection for the operation in time: the service is
 * saturated, not cut off. Nothing was sent to the database, so nothing was changed and the operation may be
 * retried at once elsewhere or shortly here. An adapter that cannot tell the two apart reports plain
 * {@link RepositoryUnavailableException}, which this refines.
 */
public class RepositoryBusyException extends RepositoryUnavailableException {

    private static final long serialVersionUID = 1L;

    public RepositoryBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}

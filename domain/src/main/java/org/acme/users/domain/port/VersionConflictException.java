package org.acme.users.domain.port;

import org.acme.users.domain.model.UserId;

/** The user is no longer at the version a change or removal expected: someone else changed it first. */
public class VersionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient UserId id;
    private final long expectedVersion;

    public VersionConflictException(UserId id, long expectedVersion) {
        super("user " + id + " is no longer at version " + expectedVersion);
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    public UserId id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}

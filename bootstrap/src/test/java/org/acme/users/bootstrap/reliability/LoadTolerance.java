package org.acme.users.bootstrap.reliability;

/** Which answers beyond API.md's statuses for a request a {@link MixedLoad} takes as right. */
public enum LoadTolerance {
    /** None: the service and its database are up throughout. */
    NONE,
    /** 503 with Retry-After too: the database goes away for a while. */
    DATABASE_AWAY,
    /** 503, and no answer at all for requests the service never took: it is being stopped. */
    SERVICE_STOPPING
}

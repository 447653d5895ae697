package org.acme.users.bootstrap.reliability;

/** What rules that only send requests need: a client of the service, or of several instances of it. */
public interface ClientOfTheService {

    /** A client of the service that the suite started once for all its rules. */
    LoopbackClient client();
}

package org.acme.users.testkit.contract.broken;

import org.acme.users.domain.port.UserRepository;

/** An adapter that breaks nothing: it hands every call on to a working repository, as it is. */
final class PassThroughRepository extends ForwardingUserRepository {

    PassThroughRepository(UserRepository working) {
        super(working);
    }
}

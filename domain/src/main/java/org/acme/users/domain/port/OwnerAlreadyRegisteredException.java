package org.acme.users.domain.port;

import org.acme.users.domain.model.Owner;

/** Another user already belongs to this owner: each identity registers one user. */
public class OwnerAlreadyRegisteredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Owner owner;

    public OwnerAlreadyRegisteredException(Owner owner) {
        // The subject is an identity provider's account id: kept out of the message, which may reach a log.
        super("this owner has already registered a user (issuer " + owner.issuer() + ")");
        this.owner = owner;
    }

    public Owner owner() {
        return owner;
    }
}

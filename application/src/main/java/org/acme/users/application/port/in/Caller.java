package org.acme.users.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;

/**
 * Who is asking, as the inbound adapter established it: every use case receives one and decides from it
 * what the request may reach. An adapter that checks no identity passes {@link #anyone()}.
 */
public sealed interface Caller {

    /** Any caller at all, when the service runs without authentication: may reach every user. */
    static Caller anyone() {
        return Anyone.INSTANCE;
    }

    /** An administrator: may reach every user and registers users that belong to nobody. */
    static Caller admin(Owner identity) {
        return new Admin(identity);
    }

    /** A member: reaches only the user it registered, which belongs to it. */
    static Caller member(Owner identity) {
        return new Member(identity);
    }

    /** Whether this caller may read, change or remove {@code user}. */
    boolean mayReach(User user);

    /** Whether this caller may list users and look them up by address. */
    boolean mayReachEveryUser();

    /** The owner of a user that this caller registers. */
    Optional<Owner> ownerOfWhatItRegisters();

    /** The identity this caller proved, if it proved one. */
    Optional<Owner> identity();

    /** No identity was checked. */
    record Anyone() implements Caller {

        private static final Anyone INSTANCE = new Anyone();

        @Override
        public boolean mayReach(User user) {
            return true;
        }

        @Override
        public boolean mayReachEveryUser() {
            return true;
        }

        @Override
        public Optional<Owner> ownerOfWhatItRegisters() {
            return Optional.empty();
        }

        @Override
        public Optional<Owner> identity() {
            return Optional.empty();
        }
    }

    /** An identity with the administrator's role. */
    record Admin(Owner proven) implements Caller {

        public Admin {
            Objects.requireNonNull(proven, "proven");
        }

        @Override
        public boolean mayReach(User user) {
            return true;
        }

        @Override
        public boolean mayReachEveryUser() {
            return true;
        }

        @Override
        public Optional<Owner> ownerOfWhatItRegisters() {
            return Optional.empty();
        }

        @Override
        public Optional<Owner> identity() {
            return Optional.of(proven);
        }
    }

    /** An identity without a role: the owner of at most one user. */
    record Member(Owner proven) implements Caller {

        public Member {
            Objects.requireNonNull(proven, "proven");
        }

        @Override
        public boolean mayReach(User user) {
            return user.isOwnedBy(proven);
        }

        @Override
        public boolean mayReachEveryUser() {
            return false;
        }

        @Override
        public Optional<Owner> ownerOfWhatItRegisters() {
            return Optional.of(proven);
        }

        @Override
        public Optional<Owner> identity() {
            return Optional.of(proven);
        }
    }
}

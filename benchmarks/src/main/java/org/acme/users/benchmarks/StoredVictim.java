package org.acme.users.benchmarks;

import org.acme.users.benchmarks.store.FreshUsers;
import org.acme.users.domain.model.User;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A user stored by a raw insert before each measured delete, outside the measurement, so every delete removes one
 * row from a table one above the seeded size and leaves it at exactly that size.
 */
@State(Scope.Thread)
public class StoredVictim {

    private final FreshUsers fresh = new FreshUsers();
    private User user;

    @Setup(Level.Invocation)
    public void store(StoreUnderTest store) {
        user = fresh.next();
        store.raw().insert(user);
    }

    User user() {
        return user;
    }
}

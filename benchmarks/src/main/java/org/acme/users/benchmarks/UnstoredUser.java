package org.acme.users.benchmarks;

import org.acme.users.benchmarks.store.FreshUsers;
import org.acme.users.domain.model.User;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A new user for each measured insert, made before the call and removed by a raw delete by id after it, outside
 * the measurement, so every insert meets a table of exactly the seeded size.
 */
@State(Scope.Thread)
public class UnstoredUser {

    private final FreshUsers fresh = new FreshUsers();
    private User user;

    @Setup(Level.Invocation)
    public void make() {
        user = fresh.next();
    }

    @TearDown(Level.Invocation)
    public void removeAgain(StoreUnderTest store) {
        store.discard(user.id());
    }

    User user() {
        return user;
    }
}

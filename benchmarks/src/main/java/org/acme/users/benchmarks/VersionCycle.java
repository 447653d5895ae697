package org.acme.users.benchmarks;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.acme.users.benchmarks.store.SeedUsers;
import org.acme.users.benchmarks.store.UserRow;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserName;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The users the change benchmark changes, round after round: up to 1,024 distinct seed users whose current
 * snapshot is read before measuring (server databases keep earlier runs' changes), each change one version on from
 * the last and flipping the name between two values. The row count and sizes stay as seeded; only versions grow.
 */
@State(Scope.Thread)
public class VersionCycle {

    private static final int MOST_USERS_CHANGED = 1024;
    private static final long PICKS_SEED = 7_000_007L;

    private User[] current;
    private int next;

    @Setup(Level.Trial)
    public void readCurrentSnapshots(StoreUnderTest store) {
        SplittableRandom random = new SplittableRandom(PICKS_SEED);
        Set<Integer> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(MOST_USERS_CHANGED, store.users)) {
            picked.add(random.nextInt(store.users));
        }
        current = picked.stream()
                // Raw operations read rows, never anything else.
                .map(number -> ((UserRow) store.raw().findById(SeedUsers.idOf(number))).toUser())
                .toArray(User[]::new);
    }

    /** The next change to store; it is taken as stored from now on, since a failed change ends the benchmark. */
    User nextChange() {
        int slot = next++ % current.length;
        User now = current[slot];
        String name = now.version() % 2 == 0 ? "Changed user " + slot : "Seed user again " + slot;
        User changed = now.changeTo(new UserDetails(now.email(), new UserName(name)), Instant.now());
        current[slot] = changed;
        return changed;
    }
}

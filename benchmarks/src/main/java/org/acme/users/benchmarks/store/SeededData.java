package org.acme.users.benchmarks.store;

import java.time.Duration;
import java.util.Optional;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserRepository;

/**
 * Decides whether a database already holds exactly the seed users (a server database keeps them from one JVM to
 * the next, which saves minutes per run at a million users), and proves that what the raw driver wrote is what
 * the adapter reads: same ids, addresses and instants, or the comparison would not be of the same data.
 */
final class SeededData {

    private SeededData() {
    }

    interface Seeding {
        void replaceAllWithSeedUsers(int users) throws Exception;
    }

    static void ensure(String label, int users, long storedCount, UserRepository port, Seeding seeding) {
        long started = System.nanoTime();
        boolean reused = storedCount == users && holdsSeedUser(port, 0) && holdsSeedUser(port, users - 1);
        if (!reused) {
            try {
                seeding.replaceAllWithSeedUsers(users);
            } catch (Exception e) {
                throw new IllegalStateException("cannot seed " + users + " users into " + label, e);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        requireReadableThroughPort(port, users - 1);
        RunLog.note("seed", label, users, took.toMillis(), reused ? "reused" : "seeded");
    }

    private static boolean holdsSeedUser(UserRepository port, int number) {
        Optional<UserId> stored = port.findByEmail(SeedUsers.emailOf(number)).map(User::id);
        return stored.equals(Optional.of(SeedUsers.idOf(number)));
    }

    private static void requireReadableThroughPort(UserRepository port, int number) {
        User expected = SeedUsers.number(number);
        User stored = port.findById(expected.id())
                .orElseThrow(() -> new IllegalStateException("the port does not find seed user " + number));
        // Name and version may differ: the change benchmark changes seed users, and its changes are kept.
        if (!stored.email().equals(expected.email()) || !stored.createdAt().equals(expected.createdAt())) {
            throw new IllegalStateException("the port reads seed user " + number + " as " + stored
                    + ", the raw driver wrote " + expected);
        }
    }
}

package org.acme.users.benchmarks;

import java.util.SplittableRandom;
import org.acme.users.benchmarks.store.SeedUsers;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.UserId;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Which stored users the reads ask for: 65,536 seed users picked at random over the whole table, made before
 * measuring, so a lookup at a million users walks the index to cold rows as well as warm ones, and no measured
 * call pays for making its key.
 */
@State(Scope.Thread)
public class ReadTargets {

    static final int PAGE_SIZE = 50;
    private static final int TARGETS = 1 << 16;
    private static final long PICKS_SEED = 20_261_125L;

    private final UserId[] ids = new UserId[TARGETS];
    private final EmailAddress[] emails = new EmailAddress[TARGETS];
    private final UserId[] pageStarts = new UserId[TARGETS];
    private int next;

    @Setup(Level.Trial)
    public void pick(StoreUnderTest store) {
        SplittableRandom random = new SplittableRandom(PICKS_SEED);
        for (int i = 0; i < TARGETS; i++) {
            int user = random.nextInt(store.users);
            ids[i] = SeedUsers.idOf(user);
            emails[i] = SeedUsers.emailOf(user);
            // Far enough from the end that every page is a full one.
            pageStarts[i] = SeedUsers.idOf(random.nextInt(store.users - PAGE_SIZE));
        }
    }

    UserId nextId() {
        return ids[advance()];
    }

    EmailAddress nextEmail() {
        return emails[advance()];
    }

    UserId nextPageStart() {
        return pageStarts[advance()];
    }

    private int advance() {
        return next++ & (TARGETS - 1);
    }
}

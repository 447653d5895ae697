package org.acme.users.adapter.persistence.cassandra;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.acme.users.domain.port.RepositoryUnavailableException;

/**
 * Lets the conditional writes of one partition from this process take turns. Two lightweight transactions on one
 * partition duel in Paxos: each round one of them wins, the others back off and try again, and under a burst some
 * give up with a contention timeout, whose outcome is unknown. Queued in the process, they reach Cassandra one by one,
 * and Cassandra's conditions still decide (this queue only orders them; other processes race as before). One lock
 * per stripe of keys, held only for one conditional write and its settling, never two at once.
 */
final class PartitionQueue {

    private static final int STRIPES = 256;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final Duration patience;

    PartitionQueue(Duration patience) {
        this.patience = patience;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    <T> T inTurn(Object partitionKey, Supplier<T> write) {
        ReentrantLock stripe = stripes[Math.floorMod(partitionKey.hashCode(), STRIPES)];
        try {
            if (!stripe.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RepositoryUnavailableException(
                        "too many changes of one record are waiting for their turn", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RepositoryUnavailableException("interrupted while waiting to change a record", e);
        }
        try {
            return write.get();
        } finally {
            stripe.unlock();
        }
    }
}

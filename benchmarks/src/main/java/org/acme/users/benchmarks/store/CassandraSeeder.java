package org.acme.users.benchmarks.store;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.acme.users.domain.model.User;

/**
 * Fills the adapter's tables with the seed users straight through the driver, in the adapter's layout: each user's
 * row with the token of its address claim, the claim itself, its id in the page index and its bucket in the
 * directory. Plain writes, many in flight at once, the index rows of one bucket a hundred to a batch (one partition
 * each): minutes for a million users, where the adapter's lightweight transactions one by one would take an hour.
 */
final class CassandraSeeder {

    private static final int IN_FLIGHT = 128;
    private static final int IDS_PER_BATCH = 100;
    /** A busy node can take seconds per write while it flushes; seeding waits rather than fails. */
    private static final Duration SEED_TIMEOUT = Duration.ofSeconds(30);
    /** Counting a million index rows, or truncating a table, takes longer than any operation. */
    private static final Duration ADMIN_TIMEOUT = Duration.ofMinutes(2);
    private static final List<String> TABLES =
            List.of("users", "email_claims", "owner_claims", "user_ids_by_bucket", "user_id_buckets");

    private final CqlSession session;
    private final PreparedStatement userRow;
    private final PreparedStatement claim;
    private final PreparedStatement bucket;
    private final PreparedStatement id;
    private final PreparedStatement buckets;
    private final PreparedStatement idsInBucket;

    CassandraSeeder(CqlSession session) {
        this.session = Objects.requireNonNull(session, "session");
        userRow = session.prepare(CassandraOperations.INSERT_USER_ROW);
        claim = session.prepare(CassandraOperations.INSERT_CLAIM);
        bucket = session.prepare(CassandraOperations.ADD_BUCKET);
        id = session.prepare(CassandraOperations.ADD_ID);
        buckets = session.prepare("SELECT bucket FROM user_id_buckets WHERE directory = ?");
        idsInBucket = session.prepare("SELECT count(*) FROM user_ids_by_bucket WHERE bucket = ?");
    }

    /** The ids in the page index: every stored user, seeded or left behind by an interrupted run. */
    long storedUsers() {
        long count = 0;
        for (Row directoryRow : session.execute(buckets.bind(CassandraOperations.DIRECTORY))) {
            Row counted = session.execute(idsInBucket.bind(directoryRow.getLong("bucket"))
                    .setTimeout(ADMIN_TIMEOUT)).one();
            count += Objects.requireNonNull(counted, "count").getLong(0);
        }
        return count;
    }

    void replaceAllWithSeedUsers(int count) {
        for (String table : TABLES) {
            session.execute(SimpleStatement.newInstance("TRUNCATE " + table).setTimeout(ADMIN_TIMEOUT));
        }
        InFlight writes = new InFlight(session);
        long currentBucket = -1;
        BatchStatementBuilder ids = BatchStatement.builder(BatchType.UNLOGGED);
        for (int i = 0; i < count; i++) {
            User user = SeedUsers.number(i);
            UUID userId = user.id().value();
            UUID token = CassandraOperations.newToken();
            long bucketOfUser = CassandraOperations.bucketOf(userId);
            if (bucketOfUser != currentBucket || ids.getStatementsCount() == IDS_PER_BATCH) {
                writes.submit(ids);
                ids = BatchStatement.builder(BatchType.UNLOGGED);
            }
            if (bucketOfUser != currentBucket) {
                writes.submit(bucket.bind(CassandraOperations.DIRECTORY, bucketOfUser));
                currentBucket = bucketOfUser;
            }
            ids.addStatement(id.bind(bucketOfUser, CassandraOperations.bytesOf(userId)));
            writes.submit(userRow.bind(userId, user.email().value(), user.name().value(), user.createdAt(),
                    user.updatedAt(), user.version(), token));
            writes.submit(claim.bind(user.email().value(), userId, token, user.createdAt()));
        }
        writes.submit(ids);
        writes.awaitAll();
    }

    /** Asynchronous writes, at most {@value #IN_FLIGHT} at a time; the first failure ends the seeding. */
    private static final class InFlight {

        private final CqlSession session;
        private final Semaphore slots = new Semaphore(IN_FLIGHT);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        InFlight(CqlSession session) {
            this.session = session;
        }

        void submit(BatchStatementBuilder batch) {
            if (batch.getStatementsCount() > 0) {
                submit(batch.build());
            }
        }

        void submit(Statement<?> statement) {
            slots.acquireUninterruptibly();
            rethrowFailure();
            session.executeAsync(statement.setTimeout(SEED_TIMEOUT)).whenComplete((result, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
                slots.release();
            });
        }

        void awaitAll() {
            slots.acquireUninterruptibly(IN_FLIGHT);
            slots.release(IN_FLIGHT);
            rethrowFailure();
        }

        private void rethrowFailure() {
            Throwable first = failure.get();
            if (first != null) {
                throw new IllegalStateException("a seed write failed: " + first.getMessage(), first);
            }
        }
    }
}

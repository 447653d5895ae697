package org.acme.users.benchmarks.store;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;

/**
 * The operations as the CQL statements the Cassandra adapter comes down to, prepared once on a driver session of
 * their own in the adapter's tables, at the adapter's consistency levels: the same lightweight transactions and plain
 * writes in the same order, rows read from their columns and nothing else (no object mapper, no domain checks).
 *
 * <ul>
 *   <li>insert: the address claim ({@code INSERT ... IF NOT EXISTS}), the two page-index rows, the user row
 *       ({@code INSERT ... IF NOT EXISTS}): two lightweight transactions and two plain writes;</li>
 *   <li>find by id: one read; find by e-mail: the claim, then the user row it names;</li>
 *   <li>change: a read of the row (its version and claim token), then {@code UPDATE ... IF version = ?};</li>
 *   <li>page: the bucket directory, the bucket's ids after the cursor, then the 50 rows at once;</li>
 *   <li>delete: a read of the row, {@code DELETE ... IF version = ?}, the claim's release on its token (a second
 *       lightweight transaction) and the index entry's plain removal.</li>
 * </ul>
 */
public final class CassandraOperations implements UserOperations {

    /** Every column of the row, as the adapter's mapper selects it. */
    static final String USER_COLUMNS = "id, email, name, created_at, updated_at, version, email_claim, owner_issuer,"
            + " owner_subject, owner_claim";
    /** The row that the adapter writes for a user without an owner: its owner columns stay unset. */
    static final String INSERT_USER_ROW = "INSERT INTO users (id, email, name, created_at, updated_at, version,"
            + " email_claim) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_CLAIM = "INSERT INTO email_claims (email, user_id, claim_token, claimed_at)"
            + " VALUES (?, ?, ?, ?)";
    static final String ADD_BUCKET = "INSERT INTO user_id_buckets (directory, bucket) VALUES (?, ?)";
    static final String ADD_ID = "INSERT INTO user_ids_by_bucket (bucket, id) VALUES (?, ?)";
    /** The page index's one directory partition, as the adapter numbers it. */
    static final int DIRECTORY = 0;
    /** The adapter's page index: a bucket is the first 26 bits of the id. */
    private static final int BUCKET_BITS = 26;
    private static final int BUCKETS_PER_QUERY = 32;

    private final CqlSession session;
    private final PreparedStatement findUser;
    private final PreparedStatement findClaim;
    private final PreparedStatement claimIfFree;
    private final PreparedStatement addBucket;
    private final PreparedStatement addId;
    private final PreparedStatement insertUserIfAbsent;
    private final PreparedStatement insertUserPlainly;
    private final PreparedStatement updateUserAtVersion;
    private final PreparedStatement deleteUserAtVersion;
    private final PreparedStatement deleteUserIfExists;
    private final PreparedStatement deleteUserPlainly;
    private final PreparedStatement releaseClaim;
    private final PreparedStatement removeId;
    private final PreparedStatement bucketsFrom;
    private final PreparedStatement idsIn;
    private final PreparedStatement idsAfter;

    /** @param session a session on the adapter's keyspace */
    public CassandraOperations(CqlSession session) {
        this.session = Objects.requireNonNull(session, "session");
        findUser = session.prepare("SELECT " + USER_COLUMNS + " FROM users WHERE id = ?");
        findClaim = session.prepare("SELECT email, user_id, claim_token, claimed_at FROM email_claims WHERE email = ?");
        claimIfFree = session.prepare(INSERT_CLAIM + " IF NOT EXISTS");
        addBucket = session.prepare(ADD_BUCKET);
        addId = session.prepare(ADD_ID);
        insertUserIfAbsent = session.prepare(INSERT_USER_ROW + " IF NOT EXISTS");
        insertUserPlainly = session.prepare(INSERT_USER_ROW);
        updateUserAtVersion = session.prepare("UPDATE users SET email = ?, name = ?, created_at = ?, updated_at = ?,"
                + " version = ?, email_claim = ? WHERE id = ? IF version = ?");
        deleteUserAtVersion = session.prepare("DELETE FROM users WHERE id = ? IF version = ?");
        deleteUserIfExists = session.prepare("DELETE FROM users WHERE id = ? IF EXISTS");
        deleteUserPlainly = session.prepare("DELETE FROM users WHERE id = ?");
        releaseClaim = session.prepare("DELETE FROM email_claims WHERE email = ? IF claim_token = ?");
        removeId = session.prepare("DELETE FROM user_ids_by_bucket WHERE bucket = ? AND id = ?");
        bucketsFrom = session.prepare("SELECT directory, bucket FROM user_id_buckets WHERE directory = ?"
                + " AND bucket >= ? LIMIT ?");
        idsIn = session.prepare("SELECT bucket, id FROM user_ids_by_bucket WHERE bucket = ? LIMIT ?");
        idsAfter = session.prepare("SELECT bucket, id FROM user_ids_by_bucket WHERE bucket = ? AND id > ? LIMIT ?");
    }

    @Override
    public void insert(User user) {
        UUID id = user.id().value();
        UUID claim = newToken();
        requireApplied(session.execute(claimIfFree.bind(user.email().value(), id, claim,
                Instant.now().truncatedTo(ChronoUnit.MILLIS))), user.id());
        session.execute(addBucket.bind(DIRECTORY, bucketOf(id)));
        session.execute(addId.bind(bucketOf(id), bytesOf(id)));
        insertUserRowIfAbsent(user, claim);
    }

    @Override
    public Object findById(UserId id) {
        return row(stored(id.value()));
    }

    @Override
    public Object findByEmail(EmailAddress email) {
        Row claim = session.execute(findClaim.bind(email.value())).one();
        require(claim != null, email);
        UserRow row = row(stored(claim.getUuid("user_id")));
        require(row.email().equals(email.value()), email);
        return row;
    }

    /** The benchmark never changes an address, so the change keeps the claim that backs the stored one. */
    @Override
    public void change(User changed) {
        long expectedVersion = changed.version() - 1;
        Row stored = storedAt(changed.id().value(), expectedVersion);
        require(stored.getString("email").equals(changed.email().value()), changed.id());
        requireApplied(session.execute(updateUserAtVersion.bind(changed.email().value(), changed.name().value(),
                changed.createdAt(), changed.updatedAt(), changed.version(), stored.getUuid("email_claim"),
                changed.id().value(), expectedVersion)), changed.id());
    }

    @Override
    public List<UserRow> pageAfter(UserId after, int limit) {
        List<UserRow> page = new ArrayList<>(limit);
        List<UUID> ids = idsAfter(after.value(), limit);
        while (!ids.isEmpty()) {
            page.addAll(rowsOf(ids));
            if (page.size() == limit) {
                break;
            }
            ids = idsAfter(ids.get(ids.size() - 1), limit - page.size());
        }
        return page;
    }

    @Override
    public void delete(UserId id, long expectedVersion) {
        Row stored = storedAt(id.value(), expectedVersion);
        requireApplied(session.execute(deleteUserAtVersion.bind(id.value(), expectedVersion)), id);
        releaseClaimAndIndexEntry(stored);
    }

    /**
     * Removes a user whatever its version; not one of the measured operations. Its row and claim were written by
     * lightweight transactions, so they are removed by lightweight transactions too: a plain delete takes its
     * timestamp from the client and could lose to a transaction's commit timestamp in the same millisecond.
     */
    void discard(UserId id) {
        Row stored = stored(id.value());
        requireApplied(session.execute(deleteUserIfExists.bind(id.value())), id);
        releaseClaimAndIndexEntry(stored);
    }

    /** The user row of a registration alone, as the adapter's last step writes it: a lightweight transaction. */
    public void insertUserRowIfAbsent(User user, UUID claim) {
        requireApplied(session.execute(insertUserIfAbsent.bind(user.id().value(), user.email().value(),
                user.name().value(), user.createdAt(), user.updatedAt(), user.version(), claim)), user.id());
    }

    /** The same row written plainly, with no condition: what the lightweight transaction is measured against. */
    public void insertUserRowPlainly(User user, UUID claim) {
        session.execute(insertUserPlainly.bind(user.id().value(), user.email().value(), user.name().value(),
                user.createdAt(), user.updatedAt(), user.version(), claim));
    }

    /** Removes a row written by {@link #insertUserRowIfAbsent}, the way it was written. */
    public void removeUserRowConditionally(UserId id) {
        requireApplied(session.execute(deleteUserIfExists.bind(id.value())), id);
    }

    /** Removes a row written by {@link #insertUserRowPlainly}, the way it was written. */
    public void removeUserRowPlainly(UserId id) {
        session.execute(deleteUserPlainly.bind(id.value()));
    }

    /** The adapter's page-index bucket of an id. */
    static long bucketOf(UUID id) {
        return id.getMostSignificantBits() >>> (Long.SIZE - BUCKET_BITS);
    }

    /** The id as the page index stores it: 16 big-endian bytes, whose unsigned order is the port's. */
    static ByteBuffer bytesOf(UUID id) {
        return ByteBuffer.allocate(16).putLong(0, id.getMostSignificantBits()).putLong(8, id.getLeastSignificantBits());
    }

    /** Claim tokens only need to differ from each other, as the adapter's do. */
    static UUID newToken() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong());
    }

    private void releaseClaimAndIndexEntry(Row stored) {
        UUID id = stored.getUuid("id");
        requireApplied(session.execute(releaseClaim.bind(stored.getString("email"), stored.getUuid("email_claim"))),
                id);
        session.execute(removeId.bind(bucketOf(id), bytesOf(id)));
    }

    /** Up to {@code count} ids after {@code after}, walking the bucket directory as the adapter's page index does. */
    private List<UUID> idsAfter(UUID after, int count) {
        List<UUID> ids = new ArrayList<>(count);
        long cursorBucket = bucketOf(after);
        long fromBucket = cursorBucket;
        boolean moreBuckets = true;
        while (ids.size() < count && moreBuckets) {
            List<Row> buckets = session.execute(bucketsFrom.bind(DIRECTORY, fromBucket, BUCKETS_PER_QUERY)).all();
            for (Row directoryRow : buckets) {
                long bucket = directoryRow.getLong("bucket");
                ResultSet rows = bucket == cursorBucket
                        ? session.execute(idsAfter.bind(bucket, bytesOf(after), count - ids.size()))
                        : session.execute(idsIn.bind(bucket, count - ids.size()));
                for (Row row : rows) {
                    ByteBuffer bytes = row.getByteBuffer("id");
                    ids.add(new UUID(bytes.getLong(bytes.position()), bytes.getLong(bytes.position() + 8)));
                }
                if (ids.size() == count) {
                    break;
                }
            }
            moreBuckets = buckets.size() == BUCKETS_PER_QUERY;
            if (moreBuckets) {
                fromBucket = buckets.get(buckets.size() - 1).getLong("bucket") + 1;
            }
        }
        return ids;
    }

    /** The rows of the ids, read all at once; an id whose row is gone is passed over, as the adapter does. */
    private List<UserRow> rowsOf(List<UUID> ids) {
        List<CompletableFuture<AsyncResultSet>> reads = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            reads.add(session.executeAsync(findUser.bind(id)).toCompletableFuture());
        }
        List<UserRow> rows = new ArrayList<>(ids.size());
        for (CompletableFuture<AsyncResultSet> read : reads) {
            Row row = read.join().one();
            if (row != null) {
                rows.add(row(row));
            }
        }
        return rows;
    }

    private Row stored(UUID id) {
        Row row = session.execute(findUser.bind(id)).one();
        require(row != null, id);
        return row;
    }

    private Row storedAt(UUID id, long expectedVersion) {
        Row row = stored(id);
        require(row.getLong("version") == expectedVersion, id);
        return row;
    }

    private static UserRow row(Row row) {
        return new UserRow(row.getUuid("id"), row.getString("email"), row.getString("name"),
                row.getInstant("created_at"), row.getInstant("updated_at"), row.getLong("version"));
    }

    private static void requireApplied(ResultSet result, Object key) {
        require(result.wasApplied(), key);
    }

    private static void require(boolean expected, Object key) {
        if (!expected) {
            throw new IllegalStateException("user " + key + " is missing, not at the expected version, or its"
                    + " claim is not as stored");
        }
    }
}

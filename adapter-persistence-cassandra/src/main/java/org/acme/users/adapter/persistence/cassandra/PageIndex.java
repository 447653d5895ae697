package org.acme.users.adapter.persistence.cassandra;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acme.users.domain.model.UserId;

/**
 * The ids in the port's order, spread over buckets (see {@link IdOrder}): a page reads the directory for the next
 * buckets that hold ids, then each bucket from the cursor on, and never touches an empty bucket or a row before the
 * cursor. Every query is a slice of one partition in clustering order.
 */
final class PageIndex {

    /** Directory rows read per query; a page that needs more buckets asks again. */
    private static final int BUCKETS_PER_QUERY = 32;

    private final PageIndexDao dao;

    PageIndex(PageIndexDao dao) {
        this.dao = dao;
    }

    /** Adds the id, first its bucket to the directory, so that an id is never in a bucket a page cannot find. */
    void add(UserId id) {
        dao.addBucket(IdBucket.of(IdOrder.bucketOf(id)));
        dao.addId(IdOrder.entryOf(id));
    }

    /** Removes the id; its bucket stays in the directory, where an empty bucket costs a page one short query. */
    void remove(UserId id) {
        dao.removeId(IdOrder.entryOf(id));
    }

    /** Up to {@code count} ids after {@code after} (or from the first), in the port's order. */
    List<UserId> idsAfter(Optional<UserId> after, int count) {
        List<UserId> ids = new ArrayList<>(count);
        long fromBucket = after.map(IdOrder::bucketOf).orElse(0L);
        boolean moreBuckets = true;
        while (ids.size() < count && moreBuckets) {
            List<IdBucket> buckets = dao.bucketsFrom(IdBucket.DIRECTORY, fromBucket, BUCKETS_PER_QUERY).all();
            for (IdBucket bucket : buckets) {
                readBucket(bucket.bucket(), after, count - ids.size()).forEach(ids::add);
                if (ids.size() == count) {
                    break;
                }
            }
            moreBuckets = buckets.size() == BUCKETS_PER_QUERY;
            if (moreBuckets) {
                fromBucket = buckets.get(buckets.size() - 1).bucket() + 1;
            }
        }
        return ids;
    }

    private List<UserId> readBucket(long bucket, Optional<UserId> after, int count) {
        List<IdInBucket> rows = after.filter(id -> IdOrder.bucketOf(id) == bucket)
                .map(id -> dao.idsAfter(bucket, IdOrder.bytesOf(id), count).all())
                .orElseGet(() -> dao.idsIn(bucket, count).all());
        return rows.stream().map(row -> IdOrder.idOf(row.id())).toList();
    }
}

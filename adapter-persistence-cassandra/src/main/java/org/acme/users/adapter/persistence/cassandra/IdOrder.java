package org.acme.users.adapter.persistence.cassandra;

import java.nio.ByteBuffer;
import java.util.UUID;
import org.acme.users.domain.model.UserId;

/**
 * How ids are spread over the page index's partitions so that walking the buckets in order and each bucket in
 * clustering order gives exactly unsigned byte order, the port's order, for every id.
 *
 * <p>A bucket is the first {@value #BUCKET_BITS} bits of the id itself. For a UUIDv7 those are its millisecond
 * timestamp divided by 2^22, so a bucket spans about 70 minutes of registrations. A crafted id that is not version 7
 * (say {@code ffffffff-...}) has arbitrary "timestamp" bits, but the rule does not read them as a time: it takes
 * them as the prefix they are, so such an id lands in the bucket of its prefix, and since a bucket is a prefix, the
 * order of (bucket, remaining bytes) is the order of the whole id. The bucket fits a non-negative {@code bigint},
 * whose signed order is then the unsigned order of the prefix.
 */
final class IdOrder {

    static final int BUCKET_BITS = 26;

    private IdOrder() {
    }

    static long bucketOf(UserId id) {
        return id.value().getMostSignificantBits() >>> (Long.SIZE - BUCKET_BITS);
    }

    /** The id as 16 big-endian bytes, the form whose unsigned order is the port's. */
    static ByteBuffer bytesOf(UserId id) {
        UUID value = id.value();
        return ByteBuffer.allocate(16)
                .putLong(0, value.getMostSignificantBits())
                .putLong(8, value.getLeastSignificantBits());
    }

    static UserId idOf(ByteBuffer bytes) {
        if (bytes.remaining() != 16) {
            throw new IllegalStateException("a stored id has " + bytes.remaining() + " bytes, not 16");
        }
        int start = bytes.position();
        return new UserId(new UUID(bytes.getLong(start), bytes.getLong(start + 8)));
    }

    static IdInBucket entryOf(UserId id) {
        return new IdInBucket(bucketOf(id), bytesOf(id));
    }
}

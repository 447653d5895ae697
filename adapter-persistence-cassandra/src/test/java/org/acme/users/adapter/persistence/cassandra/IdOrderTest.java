package org.acme.users.adapter.persistence.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserIdGenerator;
import org.junit.jupiter.api.Test;

class IdOrderTest {

    private static final Comparator<UserId> BUCKET_THEN_BYTES = Comparator
            .comparingLong(IdOrder::bucketOf)
            .thenComparing(IdOrder::bytesOf, IdOrderTest::compareUnsigned);

    @Test
    void bucketsThenBytesGiveThePortsOrderForCraftedAndRealIds() {
        Random random = new Random(42);
        UserIdGenerator generator = UserIdGenerator.systemDefault();
        List<UserId> ids = IntStream.range(0, 2_000)
                .mapToObj(i -> i % 2 == 0
                        ? new UserId(new UUID(random.nextLong(), random.nextLong()))
                        : generator.next())
                .toList();

        assertThat(ids.stream().sorted(BUCKET_THEN_BYTES).toList())
                .containsExactlyElementsOf(ids.stream().sorted().toList());
    }

    @Test
    void aCraftedIdWithTheHighBitSetGoesToTheLastBucketsNotByItsVersion() {
        UserId crafted = UserId.parse("ffffffff-ffff-4fff-bfff-ffffffffffff").orElseThrow();
        UserId realToday = UserIdGenerator.systemDefault().next();

        assertThat(IdOrder.bucketOf(crafted)).isEqualTo((1L << IdOrder.BUCKET_BITS) - 1);
        assertThat(IdOrder.bucketOf(realToday)).isLessThan(IdOrder.bucketOf(crafted)).isPositive();
    }

    @Test
    void aVersionSevenBucketSpansAboutSeventyMinutes() {
        long millisPerBucket = 1L << (48 - IdOrder.BUCKET_BITS);

        assertThat(millisPerBucket).isEqualTo(4_194_304L);
    }

    @Test
    void theBytesRoundTripAndAreBigEndian() {
        UserId id = UserId.parse("01234567-89ab-7def-8123-456789abcdef").orElseThrow();

        ByteBuffer bytes = IdOrder.bytesOf(id);

        assertThat(bytes.get(0)).isEqualTo((byte) 0x01);
        assertThat(bytes.get(15)).isEqualTo((byte) 0xef);
        assertThat(IdOrder.idOf(bytes)).isEqualTo(id);
    }

    @Test
    void refusesAStoredIdOfAnotherLength() {
        assertThatThrownBy(() -> IdOrder.idOf(ByteBuffer.allocate(15))).isInstanceOf(IllegalStateException.class);
    }

    private static int compareUnsigned(ByteBuffer left, ByteBuffer right) {
        return Arrays.compareUnsigned(left.array(), right.array());
    }
}

package org.acme.users.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UserIdGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-24T22:00:00.123Z");
    private static final Clock FROZEN = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void makesVersion7IdsWithTheRfcVariant() {
        UserIdGenerator generator = UserIdGenerator.systemDefault();

        List<UserId> ids = generate(generator, 1_000);

        assertThat(ids).allSatisfy(id -> {
            assertThat(id.value().version()).isEqualTo(7);
            assertThat(id.value().variant()).isEqualTo(2);
        });
    }

    @Test
    void putsTheClockMillisecondsInTheFirst48Bits() {
        UserIdGenerator generator = new UserIdGenerator(FROZEN, new Random(1));

        UserId id = generator.next();

        assertThat(id.value().getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
        assertThat(id.toString()).startsWith(String.format("%08x", NOW.toEpochMilli() >>> 16));
    }

    @Test
    void makesStrictlyIncreasingIdsWithinOneMillisecond() {
        UserIdGenerator generator = new UserIdGenerator(FROZEN, new Random(2));

        List<UserId> ids = generate(generator, 10_000);

        assertStrictlyIncreasing(ids);
        assertThat(ids).allSatisfy(id -> assertThat(id.value().version()).isEqualTo(7));
    }

    @Test
    void keepsIncreasingWhenTheClockStepsBack() {
        SteppingClock clock = new SteppingClock(NOW);
        UserIdGenerator generator = new UserIdGenerator(clock, new Random(3));
        List<UserId> ids = new ArrayList<>(generate(generator, 100));

        clock.set(NOW.minusSeconds(3600));
        ids.addAll(generate(generator, 100));
        clock.set(NOW.plusMillis(1));
        ids.addAll(generate(generator, 100));
        clock.set(NOW.minusMillis(1));
        ids.addAll(generate(generator, 100));

        assertStrictlyIncreasing(ids);
    }

    @Test
    void dependsOnlyOnTheInjectedClockAndRandomSource() {
        List<UserId> first = generate(new UserIdGenerator(FROZEN, new Random(4)), 50);
        List<UserId> second = generate(new UserIdGenerator(FROZEN, new Random(4)), 50);
        List<UserId> otherSeed = generate(new UserIdGenerator(FROZEN, new Random(5)), 50);

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).doesNotContainAnyElementsOf(first);
    }

    @Test
    void handsOutDistinctIncreasingIdsToConcurrentThreads() throws Exception {
        UserIdGenerator generator = new UserIdGenerator(FROZEN, new Random(6));
        int threads = 8;
        CountDownLatch startingGate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<UserId>>> batches;
        try {
            Callable<List<UserId>> task = () -> {
                startingGate.await();
                return generate(generator, 2_500);
            };
            batches = IntStream.range(0, threads).mapToObj(i -> pool.submit(task)).toList();
            startingGate.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("all threads finished").isTrue();
        } finally {
            pool.shutdownNow();
        }

        Set<UserId> all = new HashSet<>();
        for (Future<List<UserId>> batch : batches) {
            assertStrictlyIncreasing(batch.get());
            all.addAll(batch.get());
        }
        assertThat(all).hasSize(threads * 2_500);
    }

    private static List<UserId> generate(UserIdGenerator generator, int count) {
        return IntStream.range(0, count).mapToObj(i -> generator.next()).toList();
    }

    private static void assertStrictlyIncreasing(List<UserId> ids) {
        for (int i = 1; i < ids.size(); i++) {
            UserId previous = ids.get(i - 1);
            UserId next = ids.get(i);
            assertThat(next).as("id %d after %s", i, previous).isGreaterThan(previous);
            assertThat(next.toString()).as("text of id %d", i).isGreaterThan(previous.toString());
        }
    }
}

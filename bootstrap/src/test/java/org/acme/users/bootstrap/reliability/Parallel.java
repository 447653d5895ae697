package org.acme.users.bootstrap.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Sends requests from many threads at once: every thread is ready before the first request leaves. */
final class Parallel {

    private static final Duration LIMIT = Duration.ofSeconds(90);

    private Parallel() {
    }

    /** Runs {@code request} for 0 to count - 1, each on a thread of its own; the replies come back in that order. */
    static List<Reply> send(int count, IntFunction<Reply> request) {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                replies.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(index);
                }));
            }
            if (!ready.await(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the threads did not start within " + LIMIT);
            }
            go.countDown();
            List<Reply> answers = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answers.add(reply.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException("parallel requests did not complete", e);
        } finally {
            threads.shutdownNow();
        }
    }
}

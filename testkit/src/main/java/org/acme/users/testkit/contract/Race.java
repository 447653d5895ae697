package org.acme.users.testkit.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs contenders on real threads that all start at the same moment, behind a barrier, and collects how
 * each one ended. The whole race is bounded in time, so a deadlocked repository fails instead of hanging.
 */
final class Race {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private Race() {
    }

    /** How the contenders ended: how many returned normally, and what the others threw. */
    record Outcome(int successes, List<Throwable> failures) {
    }

    static Outcome run(int contenders, IntFunction<Runnable> contender) {
        CyclicBarrier startingGate = new CyclicBarrier(contenders);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            Runnable attempt = contender.apply(i);
            tasks.add(() -> {
                startingGate.await(LIMIT.toSeconds(), TimeUnit.SECONDS);
                attempt.run();
                return null;
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(contenders);
        try {
            List<Future<Void>> results = threads.invokeAll(tasks, LIMIT.toSeconds(), TimeUnit.SECONDS);
            return outcomeOf(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while racing", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Outcome outcomeOf(List<Future<Void>> results) throws InterruptedException {
        int successes = 0;
        List<Throwable> failures = new ArrayList<>();
        for (Future<Void> result : results) {
            try {
                result.get();
                successes++;
            } catch (CancellationException e) {
                throw new AssertionError("a contender did not finish within " + LIMIT.toSeconds() + " s", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof BrokenBarrierException || e.getCause() instanceof TimeoutException) {
                    throw new AssertionError("the contenders never all reached the start", e.getCause());
                }
                failures.add(e.getCause());
            }
        }
        return new Outcome(successes, failures);
    }
}

package org.acme.users.testkit.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Runs contenders on real threads that start at the same moment, and collects how each one ended. Every contender
 * but the first is spinning on a flag before the calling thread raises it and runs the first one itself: the
 * threads that hold a core then start within nanoseconds of each other, where a barrier wakes them one by one,
 * microseconds apart, and lets a check-then-act slip through (seen: a barrier caught the check-then-act fixture in 7%
 * of rounds, this start in 67 to 81% on an idle machine). The whole race is bounded in time, so a deadlocked
 * repository fails instead of hanging.
 */
final class Race {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private Race() {
    }

    /** How the contenders ended: how many returned normally, and what the others threw. */
    record Outcome(int successes, List<Throwable> failures) {

        /** Fails unless exactly one contender won and every other was refused with one of {@code refusals}. */
        @SafeVarargs
        final void expectOneWinner(String race, Class<? extends Throwable>... refusals) {
            Expect.that(successes == 1, "%s: %d succeeded, but exactly one may: a check followed by a separate write"
                    + " lets racing requests through, so the database itself must decide (a unique index, a"
                    + " conditional write).", race, successes);
            List<String> names = Stream.of(refusals).map(Class::getSimpleName).toList();
            failures.stream()
                    .filter(failure -> Stream.of(refusals).noneMatch(refusal -> refusal.isInstance(failure)))
                    .findFirst()
                    .ifPresent(unexpected -> {
                        throw new AssertionError(race + ": a loser threw " + Expect.describe(unexpected) + ", but the"
                                + " losers of a race must be refused with " + String.join(" or ", names) + ".",
                                unexpected);
                    });
        }

        /** Fails unless every contender returned normally. */
        void expectEveryoneToWin(String race) {
            failures.stream().findFirst().ifPresent(failure -> {
                throw new AssertionError(race + ": " + failures.size() + " failed, the first with "
                        + Expect.describe(failure) + ", but writes of distinct users never conflict.", failure);
            });
        }
    }

    static Outcome run(int contenders, IntFunction<Runnable> contender) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        CountDownLatch started = new CountDownLatch(contenders - 1);
        CountDownLatch wakeUp = new CountDownLatch(1);
        CountDownLatch spinning = new CountDownLatch(contenders - 1);
        StartingFlag flag = new StartingFlag();
        ExecutorService threads = Executors.newFixedThreadPool(contenders - 1);
        try {
            List<Future<?>> others = new ArrayList<>();
            for (int i = 1; i < contenders; i++) {
                Runnable attempt = contender.apply(i);
                others.add(threads.submit(() -> {
                    started.countDown();
                    awaitWithin(wakeUp, deadline);
                    spinning.countDown();
                    flag.awaitRaised(deadline);
                    attempt.run();
                }));
            }
            Runnable first = contender.apply(0);
            awaitWithin(started, deadline);
            wakeUp.countDown();
            flag.raiseOnce(spinning, deadline);
            Throwable firstFailure = outcomeOf(first);
            return outcomeOf(firstFailure, others, deadline);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Throwable outcomeOf(Runnable attempt) {
        try {
            attempt.run();
            return null;
        } catch (RuntimeException | AssertionError failure) {
            return failure;
        }
    }

    private static Outcome outcomeOf(Throwable firstFailure, List<Future<?>> others, long deadline) {
        List<Throwable> failures = new ArrayList<>();
        int successes = 0;
        if (firstFailure == null) {
            successes++;
        } else {
            failures.add(firstFailure);
        }
        for (Future<?> other : others) {
            try {
                other.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                successes++;
            } catch (TimeoutException e) {
                throw new AssertionError("a contender of a race did not finish within " + LIMIT.toSeconds()
                        + " s: the repository hangs when requests race", e);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while racing", e);
            }
        }
        return new Outcome(successes, failures);
    }

    private static void awaitWithin(CountDownLatch latch, long deadline) {
        try {
            if (!latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new AssertionError("the contenders of a race were not all running within " + LIMIT.toSeconds()
                        + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while racing", e);
        }
    }

    /**
     * The start of a race. The contenders block until all are there, then spin for the moment it takes the last of
     * them to wake up: spinning, not blocking, is what lets them go at the same nanosecond.
     */
    private static final class StartingFlag {

        private volatile boolean raised;

        void raiseOnce(CountDownLatch spinning, long deadline) {
            while (spinning.getCount() > 0) {
                requireBefore(deadline);
                Thread.onSpinWait();
            }
            raised = true;
        }

        void awaitRaised(long deadline) {
            while (!raised) {
                requireBefore(deadline);
                Thread.onSpinWait();
            }
        }

        private static void requireBefore(long deadline) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the race never started within " + LIMIT.toSeconds() + " s");
            }
        }
    }
}

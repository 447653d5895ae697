package org.acme.users.testkit.contract.broken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.CheckThenAct;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.CheckThenActWithoutRoundTrip;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Measures how often the contract's races catch the naive check-then-act repository: runs each race rule
 * {@code -Dcontract.raceRuns=N} times (100 by default) and counts the runs it failed, and in which round; at least 99
 * in 100 must fail. It also prints the rate for the same repository with no round trip at all, the narrowest gap
 * there is, which depends on how many cores are free. Too slow for every build, so its name keeps it out of
 * Surefire's default run; it runs when named:
 * {@code ./mvnw -B verify -pl testkit -Dtest=RaceCatchRateMeasurement -Dcontract.raceRuns=100}.
 */
class RaceCatchRateMeasurement {

    private static final List<String> RACES = List.of(
            "letsExactlyOneOfConcurrentRegistrationsOfOneEmailSucceed",
            "letsExactlyOneOfConcurrentRegistrationsOfOneOwnerSucceed",
            "letsExactlyOneOfConcurrentChangesFromOneVersionWin",
            "letsExactlyOneOfConcurrentChangesToOneNewEmailSucceed",
            "letsExactlyOneOfConcurrentRemovalsSucceed");
    private static final Pattern ROUND = Pattern.compile("\\(round (\\d+) of");

    @Test
    void catchesACheckThenActInAtLeast99Of100Runs() {
        int runs = Integer.getInteger("contract.raceRuns", 100);
        Map<String, Integer> caught = measure(CheckThenAct.class, runs);
        measure(CheckThenActWithoutRoundTrip.class, runs);

        RACES.forEach(race -> assertThat(caught.getOrDefault(race, 0)).as(race)
                .isGreaterThanOrEqualTo(runs * 99 / 100));
    }

    private static Map<String, Integer> measure(Class<?> contract, int runs) {
        Map<String, Integer> caught = new TreeMap<>();
        Map<String, Map<Integer, Integer>> caughtInRound = new TreeMap<>();
        for (int run = 0; run < runs; run++) {
            for (String race : RACES) {
                TestExecutionSummary summary = run(contract, race);
                summary.getFailures().stream()
                        .filter(failure -> failure.getTestIdentifier().getSource()
                                .filter(MethodSource.class::isInstance)
                                .map(source -> ((MethodSource) source).getMethodName())
                                .orElseThrow(() -> new AssertionError("the race did not run", failure.getException()))
                                .equals(race))
                        .findFirst()
                        .ifPresent(failure -> {
                            caught.merge(race, 1, Integer::sum);
                            Matcher round = ROUND.matcher(String.valueOf(failure.getException().getMessage()));
                            caughtInRound.computeIfAbsent(race, r -> new TreeMap<>())
                                    .merge(round.find() ? Integer.parseInt(round.group(1)) : 0, 1, Integer::sum);
                        });
            }
        }

        RACES.forEach(race -> System.out.printf("%s, %s: caught in %d of %d runs, by round %s%n",
                contract.getSimpleName(), race, caught.getOrDefault(race, 0), runs,
                caughtInRound.getOrDefault(race, Map.of())));
        return caught;
    }

    private static TestExecutionSummary run(Class<?> contract, String race) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(contract, race)).build(), listener);
        return listener.getSummary();
    }
}

package org.acme.users.testkit.contract.broken;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** How each rule of one run of a contract ended: what its failures threw, and whether any was skipped. */
final class RuleOutcomes implements TestExecutionListener {

    private final Map<String, List<Throwable>> failuresByRule = new TreeMap<>();
    private final List<String> notRun = new ArrayList<>();
    private int testsRun;

    static RuleOutcomes of(Class<?> contract) {
        RuleOutcomes outcomes = new RuleOutcomes();
        LauncherFactory.create().execute(
                LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract)).build(), outcomes);
        return outcomes;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            testsRun++;
        }
        String name = test.getSource().filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getMethodName())
                .orElse(test.getDisplayName());
        switch (result.getStatus()) {
            case FAILED -> failuresByRule.computeIfAbsent(name, rule -> new ArrayList<>())
                    .add(result.getThrowable().orElseThrow());
            case ABORTED -> notRun.add(name + " (aborted)");
            case SUCCESSFUL -> { }
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        notRun.add(test.getDisplayName() + " (skipped: " + reason + ")");
    }

    Set<String> failedRules() {
        return failuresByRule.keySet();
    }

    List<Throwable> failures() {
        return failuresByRule.values().stream().flatMap(List::stream).toList();
    }

    List<String> notRun() {
        return notRun;
    }

    int testsRun() {
        return testsRun;
    }
}

package org.acme.users.testkit.contract.broken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.acme.users.testkit.contract.UserRepositoryContract;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.AccentInsensitiveEmail;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.CheckThenAct;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.DriverExceptionLeaking;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.NormalisingName;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.RestartingPage;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.SecondPrecision;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.SignedIdOrder;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.VersionIgnoring;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.Working;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The contract suite bites: each typical adapter mistake fails the rule that names it. */
class ContractCatchesBrokenRepositoriesTest {

    static Stream<Arguments> brokenRepositories() {
        return Stream.of(
                arguments(SignedIdOrder.class, List.of("ordersUsersByIdAsUnsignedCanonicalText",
                        "startsAfterTheGivenIdWhenIdsWithTheHighBitSetFollow")),
                arguments(AccentInsensitiveEmail.class, List.of(
                        "keepsAddressesThatOnlyACollationWouldMergeAsDifferentUsers",
                        "findsByEmailOnlyTheExactNormalisedAddress")),
                arguments(VersionIgnoring.class, List.of("rejectsAChangeMadeFromAStaleVersionAndKeepsTheStoredOne",
                        "rejectsAChangeMadeFromAVersionNotYetReached", "rejectsRemovingAStaleVersionAndKeepsTheUser",
                        "letsExactlyOneOfConcurrentChangesFromOneVersionWin")),
                arguments(SecondPrecision.class, List.of("keepsTimestampsToTheMillisecondInUtc",
                        "findsAnInsertedUserByIdWithEveryFieldIntact")),
                arguments(NormalisingName.class, List.of("keepsEveryNameExactlyAsGiven",
                        "keepsEveryNameExactlyAsGivenThroughAChange")),
                arguments(RestartingPage.class, List.of("continuesAfterAnIdThatNoLongerExists")),
                arguments(DriverExceptionLeaking.class,
                        List.of("reportsEveryOperationAsUnavailableWithinFifteenSeconds")),
                arguments(CheckThenAct.class, List.of("letsExactlyOneOfConcurrentRegistrationsOfOneEmailSucceed",
                        "letsExactlyOneOfConcurrentChangesFromOneVersionWin",
                        "letsExactlyOneOfConcurrentChangesToOneNewEmailSucceed",
                        "letsExactlyOneOfConcurrentRemovalsSucceed")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRepositories")
    void failsTheRulesABrokenRepositoryBreaks(Class<? extends UserRepositoryContract> contract, List<String> rules) {
        TestExecutionSummary summary = run(contract);

        assertThat(failedRules(summary)).containsAll(rules);
    }

    @Test
    void passesEveryRuleWithTheReferenceRepository() {
        TestExecutionSummary summary = run(Working.class);

        assertThat(failedRules(summary)).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isGreaterThan(50);
    }

    private static TestExecutionSummary run(Class<?> contract) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(
                LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract)).build(), listener);
        return listener.getSummary();
    }

    private static Set<String> failedRules(TestExecutionSummary summary) {
        return summary.getFailures().stream()
                .map(failure -> failure.getTestIdentifier().getSource().orElseThrow())
                .map(source -> ((org.junit.platform.engine.support.descriptor.MethodSource) source).getMethodName())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

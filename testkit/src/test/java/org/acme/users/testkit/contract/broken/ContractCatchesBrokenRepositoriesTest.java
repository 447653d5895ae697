package org.acme.users.testkit.contract.broken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.acme.users.testkit.contract.UserRepositoryContract;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.AccentInsensitiveEmail;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.CheckThenAct;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.DriverExceptionLeaking;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.NoHealthCheck;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.NormalisingName;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.NullFromEmptyRepository;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.OwnerForgetting;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.RepositorySetUpInBeforeEach;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.RestartingPage;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.SecondPrecision;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.SignedIdOrder;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.VersionIgnoring;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.Working;
import org.acme.users.testkit.contract.broken.BrokenRepositoryContracts.WrongAdapterWhenUnreachable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract suite bites: each typical adapter mistake, and each mistake of an adapter's test, fails exactly the
 * rules that name it, each with a sentence that explains it; no rule is skipped.
 */
class ContractCatchesBrokenRepositoriesTest {

    /** What every one of the contract's own failure sentences says, and a crash in a set-up does not. */
    private static final String A_SENTENCE = ", but ";

    static Stream<Arguments> brokenRepositories() {
        return Stream.of(
                arguments(SignedIdOrder.class, A_SENTENCE, Set.of("ordersUsersByIdAsUnsignedCanonicalText",
                        "startsAfterTheGivenIdWhenIdsWithTheHighBitSetFollow",
                        "walksEveryUserExactlyOnceInPagesOfThree",
                        "returnsOneUserPerPageWithLimitOne", "continuesAfterAnIdThatNeverExisted")),
                arguments(AccentInsensitiveEmail.class, A_SENTENCE, Set.of(
                        "keepsAddressesThatOnlyACollationWouldMergeAsDifferentUsers",
                        "findsByEmailOnlyTheExactNormalisedAddress")),
                arguments(VersionIgnoring.class, A_SENTENCE, Set.of(
                        "rejectsAChangeMadeFromAStaleVersionAndKeepsTheStoredOne",
                        "rejectsAChangeMadeFromAVersionNotYetReached", "rejectsRemovingAStaleVersionAndKeepsTheUser",
                        "letsExactlyOneOfConcurrentChangesFromOneVersionWin")),
                arguments(SecondPrecision.class, A_SENTENCE, everyRuleExcept(
                        "findsByEmailOnlyTheExactNormalisedAddress", "findsNothingForAnIdOrAddressNobodyHas",
                        "letsExactlyOneOfConcurrentRemovalsSucceed", "removesAUserAtTheExpectedVersion",
                        "reportsAChangeToAMissingUserAsNotFound", "reportsRemovingAMissingUserAsNotFound",
                        "reportsRemovingAUserTwiceAsNotFound", "returnsNothingFromAnEmptyStore",
                        "reportsEveryOperationAsUnavailableWithinFifteenSeconds",
                        "reportsItsDatabaseDownWithoutThrowingWhenItCannotBeReached",
                        "reportsItsDatabaseUpWhenItCanBeReached")),
                arguments(NormalisingName.class, "U+0308", Set.of("keepsEveryNameExactlyAsGiven",
                        "keepsEveryNameExactlyAsGivenThroughAChange")),
                arguments(RestartingPage.class, A_SENTENCE, Set.of("continuesAfterAnIdThatNoLongerExists",
                        "continuesAfterAnIdThatNeverExisted", "startsAfterTheGivenIdWhenIdsWithTheHighBitSetFollow")),
                arguments(OwnerForgetting.class, A_SENTENCE, Set.of(
                        "storesTheOwnerExactlyAsTheIdentityProviderWroteIt",
                        "findsAnOwnersUserByTheExactIssuerAndSubjectOnly",
                        "rejectsASecondUserOfTheSameOwnerAndStoresNothingOfIt",
                        "letsTheSameSubjectOfAnotherIssuerOwnAUserOfItsOwn",
                        "anInsertRefusedForItsAddressLeavesItsOwnerFree",
                        "keepsTheOwnerThroughChangesOfAddressAndName", "freesTheOwnerWhenItsUserIsRemoved",
                        "letsExactlyOneOfConcurrentRegistrationsOfOneOwnerSucceed")),
                arguments(DriverExceptionLeaking.class, "never as a driver's",
                        Set.of("reportsEveryOperationAsUnavailableWithinFifteenSeconds")),
                arguments(CheckThenAct.class, "exactly one may", Set.of(
                        "letsExactlyOneOfConcurrentRegistrationsOfOneEmailSucceed",
                        "letsExactlyOneOfConcurrentRegistrationsOfOneOwnerSucceed",
                        "letsExactlyOneOfConcurrentChangesFromOneVersionWin",
                        "letsExactlyOneOfConcurrentChangesToOneNewEmailSucceed",
                        "letsExactlyOneOfConcurrentRemovalsSucceed")),
                arguments(NullFromEmptyRepository.class, "emptyRepository() returned null", everyRuleExcept()),
                arguments(WrongAdapterWhenUnreachable.class, "unreachableRepository() returned a "
                        + "org.acme.users.testkit.memory.InMemoryUserRepository, but the repository under test is a "
                        + PassThroughRepository.class.getName(), Set.of(
                                "reportsEveryOperationAsUnavailableWithinFifteenSeconds",
                                "reportsItsDatabaseDownWithoutThrowingWhenItCannotBeReached")),
                arguments(NoHealthCheck.class, "gave no health check, but health is part of the contract", Set.of(
                        "reportsItsDatabaseDownWithoutThrowingWhenItCannotBeReached",
                        "reportsItsDatabaseUpWhenItCanBeReached")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRepositories")
    void failsExactlyTheRulesABrokenRepositoryBreaks(Class<? extends UserRepositoryContract> contract,
            String everyFailureSays, Set<String> rules) {
        RuleOutcomes outcomes = RuleOutcomes.of(contract);

        assertThat(outcomes.failedRules()).containsExactlyInAnyOrderElementsOf(rules);
        assertThat(outcomes.failures()).allSatisfy(failure -> assertThat(failure)
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageContaining(everyFailureSays)
                .hasMessageContaining(A_SENTENCE));
        assertThat(outcomes.notRun()).isEmpty();
    }

    @Test
    void passesEveryRuleWithTheReferenceRepository() {
        RuleOutcomes outcomes = RuleOutcomes.of(Working.class);

        assertThat(outcomes.failedRules()).isEmpty();
        assertThat(outcomes.notRun()).isEmpty();
        assertThat(outcomes.testsRun()).isEqualTo(96);
    }

    @Test
    void passesEveryRuleWithARepositorySetUpInTheTestsOwnBeforeEach() {
        RuleOutcomes outcomes = RuleOutcomes.of(RepositorySetUpInBeforeEach.class);

        assertThat(outcomes.failedRules()).isEmpty();
        assertThat(outcomes.notRun()).isEmpty();
        assertThat(outcomes.testsRun()).isEqualTo(96);
    }

    /** The names of the contract's rules, but those given. */
    private static Set<String> everyRuleExcept(String... passing) {
        Set<String> rules = new TreeSet<>();
        for (Class<?> group : UserRepositoryContract.class.getInterfaces()) {
            for (Method rule : group.getDeclaredMethods()) {
                if (rule.isAnnotationPresent(Test.class) || rule.isAnnotationPresent(ParameterizedTest.class)) {
                    rules.add(rule.getName());
                }
            }
        }
        assertThat(rules).containsAll(Set.of(passing));
        rules.removeAll(Set.of(passing));
        return rules;
    }
}

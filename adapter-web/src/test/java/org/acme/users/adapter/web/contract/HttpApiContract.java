package org.acme.users.adapter.web.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;

/**
 * API.md as an executable specification: every row of its two tables, run against a real server over real
 * HTTP. A subclass says how to start the API (web adapter alone, or the whole service on one database);
 * the rules, grouped by topic in the interfaces this class implements, then run against it. Tests share one
 * server and never rely on an empty store: each makes its own users with fresh addresses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HttpApiContract implements UserResourceRules, ListingRules, ConditionalRequestRules,
        MalformedRequestRules, DocumentedAcceptRules, ConflictRules, OutageRules, HealthRules, RequestIdRules {

    private ApiUnderTest apiUnderTest;
    private ApiClient api;

    /** Starts the API; called once before the rules run (once per argument of a parameterized subclass), and closed after them. */
    protected abstract ApiUnderTest startApi() throws Exception;

    @BeforeAll
    final void start() throws Exception {
        if (!isParameterized()) {
            startForTheseRules();
        }
    }

    @AfterAll
    final void stop() {
        stopAfterTheseRules();
    }

    /** A subclass that is a {@link ParameterizedClass} gets an API of its own for each of its arguments. */
    @BeforeParameterizedClassInvocation(injectArguments = false)
    final void startForThisArgument() throws Exception {
        startForTheseRules();
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    final void stopAfterThisArgument() {
        stopAfterTheseRules();
    }

    private boolean isParameterized() {
        return getClass().isAnnotationPresent(ParameterizedClass.class);
    }

    private void startForTheseRules() throws Exception {
        apiUnderTest = startApi();
        api = new ApiClient(apiUnderTest.baseUri());
    }

    private void stopAfterTheseRules() {
        if (apiUnderTest != null) {
            apiUnderTest.close();
            apiUnderTest = null;
        }
    }

    @Override
    public final ApiClient api() {
        return api;
    }

    @Override
    public final ApiUnderTest apiUnderTest() {
        return apiUnderTest;
    }
}

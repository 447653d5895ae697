package org.acme.users.testkit.contract;

import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Asks the adapter's test for its repository after every {@code @BeforeEach} method has run, the subclass's
 * included, so that a repository set up in one is there when the contract asks for it.
 */
final class StartsEveryRuleFromAnEmptyStore implements BeforeTestExecutionCallback {

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        ((UserRepositoryContract) context.getRequiredTestInstance()).startFromAnEmptyStore();
    }
}

package org.acme.users.adapter.persistence.sql.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * What to do when a database server that a test needs is not there: on a developer's machine the test is
 * skipped with the reason shown, but under {@code CI=true} it fails, so CI proves every database every time.
 */
public final class RequiredDatabase {

    private RequiredDatabase() {
    }

    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the current test class (or fails it on CI) because the database is missing. */
    public static <T> T missing(String database, String reason) {
        String message = database + " is not available (" + reason + ")";
        if (onCi()) {
            return fail(message + "; CI=true requires every database");
        }
        String skipped = message + "; skipped, set CI=true to make this a failure";
        // The build's summary counts skipped tests but does not say why; this line does.
        System.err.println("[SKIPPED] " + skipped);
        return abort(skipped);
    }

    /**
     * Runs a test class's set-up and, if it found its database missing, says why. Each test then skips itself
     * with {@link #skipIfMissing}: a skip from {@code @BeforeAll} is reported as zero tests, without the reason.
     */
    public static Optional<String> setUpOrExplainWhyMissing(Runnable setUp) {
        try {
            setUp.run();
            return Optional.empty();
        } catch (TestAbortedException missing) {
            return Optional.of(missing.getMessage());
        }
    }

    public static void skipIfMissing(Optional<String> whyMissing) {
        whyMissing.ifPresent(reason -> abort(reason));
    }

    /** An environment variable, or the local default when it is unset or blank. */
    public static String setting(String name, String localDefault) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? localDefault : value;
    }
}

package org.acme.users.adapter.persistence.sql.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

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
        return abort(message + "; skipped, set CI=true to make this a failure");
    }

    /** An environment variable, or the local default when it is unset or blank. */
    public static String setting(String name, String localDefault) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? localDefault : value;
    }
}

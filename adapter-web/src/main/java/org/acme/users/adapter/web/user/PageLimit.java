package org.acme.users.adapter.web.user;

import java.util.regex.Pattern;
import org.acme.users.adapter.web.problem.MalformedRequestException;
import org.acme.users.application.port.in.ListUsersQuery;

/** Reads the {@code limit} query parameter: digits only, 1 to 100, 20 when absent. */
final class PageLimit {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private PageLimit() {
    }

    static int parse(String limit) {
        if (limit == null) {
            return ListUsersQuery.DEFAULT_LIMIT;
        }
        if (!DIGITS.matcher(limit).matches()) {
            throw outOfRange();
        }
        int value = Integer.parseInt(limit);
        if (value < 1 || value > ListUsersQuery.MAX_LIMIT) {
            throw outOfRange();
        }
        return value;
    }

    private static MalformedRequestException outOfRange() {
        return new MalformedRequestException("limit must be a whole number from 1 to " + ListUsersQuery.MAX_LIMIT + ".");
    }
}

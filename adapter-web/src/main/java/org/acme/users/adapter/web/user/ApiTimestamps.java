package org.acme.users.adapter.web.user;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** ISO-8601 in UTC with exactly three fraction digits; {@link Instant#toString()} would drop trailing zeros. */
final class ApiTimestamps {

    private static final DateTimeFormatter MILLISECONDS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ApiTimestamps() {
    }

    static String format(Instant instant) {
        return MILLISECONDS_UTC.format(instant);
    }
}

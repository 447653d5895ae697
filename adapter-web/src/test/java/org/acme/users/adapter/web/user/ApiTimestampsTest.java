package org.acme.users.adapter.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTimestampsTest {

    @Test
    void writesAWholeSecondWithThreeZeroDigits() {
        assertThat(ApiTimestamps.format(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000Z");
    }

    @Test
    void writesExactlyThreeFractionDigitsWhateverThePrecision() {
        assertThat(ApiTimestamps.format(Instant.parse("2026-11-24T22:00:00.1Z"))).isEqualTo("2026-11-24T22:00:00.100Z");
        assertThat(ApiTimestamps.format(Instant.parse("2026-11-24T22:00:00.123456789Z")))
                .isEqualTo("2026-11-24T22:00:00.123Z");
    }
}

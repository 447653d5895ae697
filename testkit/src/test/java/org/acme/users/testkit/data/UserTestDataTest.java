package org.acme.users.testkit.data;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.idStartingWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserTestDataTest {

    @Test
    void buildsAFreshValidUserAtVersionZero() {
        User user = aUser().build();
        User other = aUser().build();

        assertThat(user.id().value().version()).isEqualTo(7);
        assertThat(user.version()).isZero();
        assertThat(user.updatedAt()).isEqualTo(user.createdAt());
        assertThat(user.createdAt()).isEqualTo(user.createdAt().truncatedTo(ChronoUnit.MILLIS));
        assertThat(other.id()).isNotEqualTo(user.id());
        assertThat(other.email()).isNotEqualTo(user.email());
    }

    @Test
    void setsOnlyWhatATestAsksFor() {
        Instant created = Instant.parse("2026-11-24T22:00:00.123Z");

        User user = aUser().withEmail(" Ada@Example.com ").withName(" Ada ").withCreatedAt(created)
                .withUpdatedAt(created.plusMillis(5)).withVersion(3).build();

        assertThat(user.email().value()).isEqualTo("ada@example.com");
        assertThat(user.name().value()).isEqualTo("Ada");
        assertThat(user.createdAt()).isEqualTo(created);
        assertThat(user.updatedAt()).isEqualTo(created.plusMillis(5));
        assertThat(user.version()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "8", "c", "f", "F", "00000000", "7fffffff", "80000000", "ffffffff"})
    void craftsFreshUuidV7IdsStartingWithTheGivenHexDigits(String prefix) {
        UserId id = idStartingWith(prefix);
        UserId other = idStartingWith(prefix);

        assertThat(id.toString()).startsWith(prefix.toLowerCase());
        assertThat(id.value().version()).isEqualTo(7);
        assertThat(id.value().variant()).isEqualTo(2);
        assertThat(other).isNotEqualTo(id);
    }

    @Test
    void craftsIdsWithTheHighBitSetThatSignedComparisonSortsFirst() {
        UserId high = idStartingWith("8");
        UserId low = idStartingWith("7");

        assertThat(high.value().getMostSignificantBits()).isNegative();
        assertThat(high).isGreaterThan(low);
        assertThat(high.value()).isLessThan(low.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "g", "123456789", "-1"})
    void refusesAPrefixThatIsNotOneToEightHexDigits(String prefix) {
        assertThatThrownBy(() -> idStartingWith(prefix)).isInstanceOf(IllegalArgumentException.class);
    }
}

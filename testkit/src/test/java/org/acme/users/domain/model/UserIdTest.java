package org.acme.users.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdTest {

    static Stream<UUID> randomUuids() {
        Random random = new Random(36L);
        return IntStream.range(0, 200).mapToObj(i -> new UUID(random.nextLong(), random.nextLong()));
    }

    static Stream<Arguments> randomPairs() {
        Random random = new Random(128L);
        return IntStream.range(0, 300).mapToObj(i -> Arguments.of(
                new UserId(new UUID(random.nextLong(), random.nextLong())),
                new UserId(new UUID(random.nextLong(), i % 3 == 0 ? 0 : random.nextLong()))));
    }

    @ParameterizedTest
    @MethodSource("randomUuids")
    void readsTheCanonicalTextInEitherCaseAndPrintsItInLowerCase(UUID uuid) {
        String canonical = uuid.toString();

        assertThat(UserId.parse(canonical)).contains(new UserId(uuid));
        assertThat(UserId.parse(canonical.toUpperCase(Locale.ROOT))).contains(new UserId(uuid));
        assertThat(new UserId(uuid)).hasToString(canonical);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9",
        "01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9bb",
        "01936f0e8c2a7b3e9a415d2c7e1f0a9b",
        "01936f0e-8c2a-7b3e-9a415d2c7e1f0a9b-",
        "01936f0e-8c2a-7b3e-9a41+5d2c7e1f0a9b",
        "01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9g",
        "{1936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9}",
        " 1936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b",
        "1-1-1-1-1",
        "0001-0001-0001-0001-000000000001xxxx",
        "+1936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b",
        "01936f0e-+c2a-7b3e-9a41-5d2c7e1f0a9b",
        "urn:uuid:01936f0e-8c2a-7b3e-9a41-5d2",
        "٠١٩٣٦f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b",
        "０1936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b",
        "01936f0e-8c2a-7b3e-9a41-5d2c7e1f0aＢ",
    })
    void rejectsAnythingButTheCanonicalText(String text) {
        assertThat(UserId.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("randomPairs")
    void ordersIdsLikeTheirCanonicalText(UserId one, UserId other) {
        int byText = Integer.signum(one.toString().compareTo(other.toString()));

        assertThat(Integer.signum(one.compareTo(other))).isEqualTo(byText);
        assertThat(Integer.signum(other.compareTo(one))).isEqualTo(-byText);
    }

    @Test
    void putsIdsWithTheHighBitSetAfterThoseWithout() {
        UserId low = UserId.parse("7fffffff-ffff-7fff-bfff-ffffffffffff").orElseThrow();
        UserId high = UserId.parse("80000000-0000-7000-8000-000000000000").orElseThrow();

        assertThat(low).isLessThan(high);
        assertThat(low.value()).isGreaterThan(high.value());
    }

    @Test
    void comparesEqualOnlyToTheSameId() {
        UserId id = UserId.parse("01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b").orElseThrow();
        UserId same = UserId.parse("01936F0E-8C2A-7B3E-9A41-5D2C7E1F0A9B").orElseThrow();

        assertThat(id.compareTo(same)).isZero();
        assertThat(id).isEqualTo(same).hasSameHashCodeAs(same);
    }
}

package org.acme.users.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import java.util.stream.Stream.Builder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserDetailsTest {

    /** Each invalid address paired with an invalid name, so both rules are broken in one request. */
    static Stream<Arguments> invalidAddressesAndNames() {
        List<Arguments> names = UserNameCases.invalid().toList();
        List<Arguments> emails = EmailAddressCases.invalid().toList();
        Builder<Arguments> pairs = Stream.builder();
        for (int i = 0; i < 200; i++) {
            Arguments email = emails.get(i * emails.size() / 200);
            Arguments name = names.get(i * names.size() / 200);
            pairs.add(arguments(email.get()[0], name.get()[0]));
        }
        return pairs.build();
    }

    @ParameterizedTest
    @MethodSource("invalidAddressesAndNames")
    void reportsEveryFailingFieldAtOnce(String rawEmail, String rawName) {
        assertThatThrownBy(() -> UserDetails.of(rawEmail, rawName))
                .isInstanceOfSatisfying(InvalidUserDataException.class, thrown -> assertThat(thrown.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("email", "name"));
    }

    @Test
    void reportsOnlyTheAddressWhenOnlyTheAddressFails() {
        assertThatThrownBy(() -> UserDetails.of("no-at-sign", "Ada"))
                .isInstanceOfSatisfying(InvalidUserDataException.class, thrown -> assertThat(thrown.violations())
                        .containsExactly(new FieldViolation("email", "must contain exactly one @")));
    }

    @Test
    void reportsOnlyTheNameWhenOnlyTheNameFails() {
        assertThatThrownBy(() -> UserDetails.of("ada@example.com", " "))
                .isInstanceOfSatisfying(InvalidUserDataException.class, thrown -> assertThat(thrown.violations())
                        .containsExactly(new FieldViolation("name", "must not be blank")));
    }

    @Test
    void reportsMissingFieldsAsRequired() {
        assertThatThrownBy(() -> UserDetails.of(null, null))
                .isInstanceOfSatisfying(InvalidUserDataException.class, thrown -> assertThat(thrown.violations())
                        .containsExactly(new FieldViolation("email", "is required"),
                                new FieldViolation("name", "is required")));
    }

    @Test
    void normalisesTheAddressAndTrimsTheName() {
        UserDetails details = UserDetails.of("  Ada@Example.COM ", "  Ada Lovelace\t");

        assertThat(details.email().value()).isEqualTo("ada@example.com");
        assertThat(details.name().value()).isEqualTo("Ada Lovelace");
    }

    @Test
    void namesEveryFailingFieldInTheMessage() {
        assertThatThrownBy(() -> UserDetails.of("", ""))
                .hasMessageContaining("email: must not be blank")
                .hasMessageContaining("name: must not be blank");
    }

    @Test
    void cannotBeAnInvalidDataExceptionWithoutAViolation() {
        assertThatThrownBy(() -> new InvalidUserDataException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

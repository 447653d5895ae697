package org.acme.users.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @MethodSource("org.acme.users.domain.model.EmailAddressCases#valid")
    void acceptsAValidAddressTrimmedAndInLowerCase(String raw, String normalised) {
        assertThat(EmailAddress.problemWith(raw)).isEmpty();
        assertThat(EmailAddress.of(raw).value()).isEqualTo(normalised);
        assertThat(EmailAddress.of(normalised)).isEqualTo(EmailAddress.of(raw));
        assertThat(new EmailAddress(normalised).value()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @MethodSource("org.acme.users.domain.model.EmailAddressCases#invalid")
    void rejectsAnAddressThatBreaksARuleNamingTheRule(String raw, String rule) {
        assertThat(EmailAddress.problemWith(raw)).hasValueSatisfying(problem -> assertThat(problem).contains(rule));
        assertThatThrownBy(() -> EmailAddress.of(raw))
                .isInstanceOfSatisfying(InvalidUserDataException.class, thrown -> assertThat(thrown.violations())
                        .singleElement()
                        .satisfies(violation -> assertThat(violation.field()).isEqualTo("email"))
                        .satisfies(violation -> assertThat(violation.message()).contains(rule)));
    }

    @Test
    void treatsAddressesThatDifferOnlyInCaseOrSurroundingSpaceAsTheSame() {
        assertThat(EmailAddress.of("  Ada@Example.COM ")).isEqualTo(EmailAddress.of("ada@example.com"));
        assertThat(EmailAddress.of("RÉSUMÉ@X.ORG").value()).isEqualTo("résumé@x.org");
    }

    @Test
    void treatsAddressesThatDifferInAccentsAsDifferent() {
        assertThat(EmailAddress.of("résumé@x.org")).isNotEqualTo(EmailAddress.of("resume@x.org"));
    }

    @Test
    void requiresAnAddress() {
        assertThat(EmailAddress.problemWith(null)).contains("is required");
        assertThatThrownBy(() -> EmailAddress.of(null)).isInstanceOf(InvalidUserDataException.class);
    }

    @Test
    void countsLengthsInCodePointsNotInUtf16Units() {
        String astral = "𝒜";
        String longestLocalPart = astral.repeat(64);
        String longestAddress = longestLocalPart + "@" + "d".repeat(254 - 65);

        assertThat(EmailAddress.problemWith(longestAddress)).isEmpty();
        assertThat(EmailAddress.problemWith(astral + longestLocalPart + "@d")).hasValueSatisfying(
                problem -> assertThat(problem).contains("local part of at most 64"));
        assertThat(EmailAddress.problemWith(longestAddress + "d")).hasValueSatisfying(
                problem -> assertThat(problem).contains("at most 254"));
    }

    /** The generated cases put lone surrogates only inside the text, never last, where a pair is cut short. */
    @Test
    void rejectsAHighSurrogateThatEndsTheAddress() {
        assertThat(EmailAddress.problemWith("ada@example.com\uD835"))
                .contains("must not contain whitespace or control characters");
        assertThat(EmailAddress.problemWith("\uD83D")).contains("must not contain whitespace or control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada@example.com", " ada@example.com", "ada@example.com\n", "ADA@X.ORG"})
    void restoresOnlyAnAlreadyNormalisedAddress(String notNormalised) {
        assertThatThrownBy(() -> new EmailAddress(notNormalised))
                .isInstanceOfSatisfying(InvalidUserDataException.class, thrown -> assertThat(thrown.violations())
                        .singleElement()
                        .satisfies(violation -> assertThat(violation.message()).contains("normalised")));
    }

    @Test
    void printsAsItsNormalisedText() {
        assertThat(EmailAddress.of(" Ada@Example.com ")).hasToString("ada@example.com");
    }
}

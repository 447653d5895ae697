package org.acme.users.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserNameTest {

    @ParameterizedTest
    @MethodSource("org.acme.users.domain.model.UserNameCases#valid")
    void acceptsAValidNameTrimmedAndOtherwiseUnchanged(String raw, String trimmed) {
        assertThat(UserName.problemWith(raw)).isEmpty();
        assertThat(UserName.of(raw).value()).isEqualTo(trimmed);
        assertThat(new UserName(trimmed)).isEqualTo(UserName.of(raw));
    }

    @ParameterizedTest
    @MethodSource("org.acme.users.domain.model.UserNameCases#invalid")
    void rejectsANameThatBreaksARuleNamingTheRule(String raw, String rule) {
        assertThat(UserName.problemWith(raw)).hasValueSatisfying(problem -> assertThat(problem).contains(rule));
        assertThatThrownBy(() -> UserName.of(raw))
                .isInstanceOfSatisfying(InvalidUserDataException.class, thrown -> assertThat(thrown.violations())
                        .singleElement()
                        .satisfies(violation -> assertThat(violation.field()).isEqualTo("name"))
                        .satisfies(violation -> assertThat(violation.message()).contains(rule)));
    }

    @Test
    void requiresAName() {
        assertThat(UserName.problemWith(null)).contains("is required");
        assertThatThrownBy(() -> UserName.of(null)).isInstanceOf(InvalidUserDataException.class);
    }

    @Test
    void trimsNoBreakSpacesLikeAnyOtherSpace() {
        assertThat(UserName.problemWith("\u00A0\u2007\u202F")).contains("must not be blank");
        assertThat(UserName.of("\u00A0Ada Lovelace\u202F").value()).isEqualTo("Ada Lovelace");
        assertThat(EmailAddress.of("\u00A0Ada@Example.com\u2007").value()).isEqualTo("ada@example.com");
    }

    @Test
    void countsLengthInCodePointsNotInUtf16Units() {
        assertThat(UserName.problemWith("𝒜".repeat(100))).isEmpty();
        assertThat(UserName.problemWith("𝒜".repeat(101))).hasValueSatisfying(
                problem -> assertThat(problem).contains("at most 100"));
    }

    @Test
    void keepsCombiningMarksAndJoinersAsTheyAre() {
        String decomposed = "Zoe\u0308 \uD83D\uDC69\u200D\uD83D\uDC67";

        assertThat(UserName.of(decomposed).value()).isEqualTo(decomposed);
    }

    /** The generated cases put lone surrogates only inside the text, never last, where a pair is cut short. */
    @Test
    void rejectsAHighSurrogateThatEndsTheName() {
        assertThat(UserName.problemWith("Ada\uD835")).contains("must not contain control characters");
        assertThat(UserName.problemWith("\uD83D")).contains("must not contain control characters");
    }

    @Test
    void printsAsItsTrimmedText() {
        assertThat(UserName.of(" Ada Lovelace ")).hasToString("Ada Lovelace");
    }

    @ParameterizedTest
    @ValueSource(strings = {" Ada", "Ada ", "Ada\n"})
    void restoresOnlyAnAlreadyTrimmedName(String untrimmed) {
        assertThatThrownBy(() -> new UserName(untrimmed))
                .isInstanceOfSatisfying(InvalidUserDataException.class, thrown -> assertThat(thrown.violations())
                        .singleElement()
                        .satisfies(violation -> assertThat(violation.message()).contains("trimmed")));
    }
}

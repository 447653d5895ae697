package org.acme.users.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwnerTest {

    private static final String ISSUER = "https://issuer.example.org";

    @Test
    void keepsIssuerAndSubjectExactlyAsGiven() {
        Owner owner = new Owner(" https://Issuer.example.org/Ä ", "  Ada ");

        assertThat(owner.issuer()).isEqualTo(" https://Issuer.example.org/Ä ");
        assertThat(owner.subject()).isEqualTo("  Ada ");
        assertThat(owner).isNotEqualTo(new Owner("https://issuer.example.org/ä", "ada"));
    }

    @Test
    void takesUpTo255CodePointsEvenWhenEachNeedsTwoChars() {
        String longest = "𝔘".repeat(255);

        assertThat(new Owner(longest, longest).subject()).hasSize(510);
        assertThatThrownBy(() -> new Owner(ISSUER, longest + "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subject").hasMessageContaining("255");
        assertThatThrownBy(() -> new Owner(longest + "x", "ada")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issuer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "line\nbreak", "nul\u0000", "lone \uD800 surrogate"})
    void rejectsAnEmptyOrUnprintableSubjectOrIssuer(String unusable) {
        assertThatThrownBy(() -> new Owner(ISSUER, unusable)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Owner(unusable, "ada")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiresBothParts() {
        assertThatThrownBy(() -> new Owner(null, "ada")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Owner(ISSUER, null)).isInstanceOf(NullPointerException.class);
    }
}

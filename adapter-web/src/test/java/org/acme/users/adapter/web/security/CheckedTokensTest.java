package org.acme.users.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CheckedTokensTest {

    private final List<String> checked = new ArrayList<>();

    @Test
    void checksATokenOnceAndRemembersThatItPassed() {
        CheckedTokens tokens = new CheckedTokens(passingUntil(Instant.now().plusSeconds(300)), Clock.systemUTC());

        Jwt first = tokens.decode("token-a");
        Jwt again = tokens.decode("token-a");
        tokens.decode("token-b");

        assertThat(again).isSameAs(first);
        assertThat(checked).containsExactly("token-a", "token-b");
    }

    @Test
    void checksAgainATokenThatTheClockSkewNoLongerCovers() {
        Instant longExpired = Instant.now().minusSeconds(BearerTokens.CLOCK_SKEW_SECONDS + 1);
        CheckedTokens tokens = new CheckedTokens(passingUntil(longExpired), Clock.systemUTC());

        tokens.decode("token-a");
        tokens.decode("token-a");

        assertThat(checked).containsExactly("token-a", "token-a");
    }

    @Test
    void neverRemembersARefusal() {
        JwtDecoder refusing = token -> {
            checked.add(token);
            throw new BadJwtException("refused");
        };
        CheckedTokens tokens = new CheckedTokens(refusing, Clock.systemUTC());

        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);

        assertThat(checked).containsExactly("bad", "bad");
    }

    /** A decoder that lets every token pass, as expiring at {@code expiry}, and notes what it was asked to check. */
    private JwtDecoder passingUntil(Instant expiry) {
        return token -> {
            checked.add(token);
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("ada")
                    .issuedAt(expiry.minusSeconds(600)).expiresAt(expiry).build();
        };
    }
}

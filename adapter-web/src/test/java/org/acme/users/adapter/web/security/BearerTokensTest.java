package org.acme.users.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** The token checks alone, on keys given as public keys (JWT_PUBLIC_KEY). */
class BearerTokensTest {

    private final RSAKey rsa = TestKeys.rsa();
    private final ECKey ec = TestKeys.ec();

    @Test
    void checksTokensAgainstOneRsaOrEcPublicKey() throws Exception {
        JwtDecoder rsaKey = BearerTokens.fromPublicKey(rsa.toPublicKey(), TestTokens.ISSUER, TestTokens.AUDIENCE);
        JwtDecoder ecKey = BearerTokens.fromPublicKey(ec.toPublicKey(), TestTokens.ISSUER, TestTokens.AUDIENCE);

        assertThat(rsaKey.decode(new TestTokens(rsa).member("ada")).getSubject()).isEqualTo("ada");
        assertThat(ecKey.decode(new TestTokens(ec).member("grace")).getSubject()).isEqualTo("grace");
        assertThatThrownBy(() -> rsaKey.decode(new TestTokens(ec).member())).isInstanceOf(JwtException.class);
    }

    @Test
    void allowsSixtySecondsOfClockSkewAndNoMore() throws Exception {
        JwtDecoder decoder = BearerTokens.fromPublicKey(rsa.toPublicKey(), TestTokens.ISSUER, TestTokens.AUDIENCE);
        TestTokens tokens = new TestTokens(rsa);
        Instant now = Instant.now();

        decoder.decode(tokens.signed(claims -> claims.expirationTime(Date.from(now.minus(Duration.ofSeconds(30))))));
        decoder.decode(tokens.signed(claims -> claims.notBeforeTime(Date.from(now.plus(Duration.ofSeconds(30))))));
        assertThatThrownBy(() -> decoder.decode(tokens.signed(claims ->
                claims.expirationTime(Date.from(now.minus(Duration.ofSeconds(90))))))).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(tokens.signed(claims ->
                claims.notBeforeTime(Date.from(now.plus(Duration.ofSeconds(90))))))).isInstanceOf(JwtException.class);
    }
}

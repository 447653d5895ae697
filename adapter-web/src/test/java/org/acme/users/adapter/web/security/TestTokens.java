package org.acme.users.adapter.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Tokens for tests, as an identity provider would issue them: signed with a {@link TestKeys} key, for
 * {@value #ISSUER} and {@value #AUDIENCE}, issued ten minutes ago and valid for five more minutes, for a new subject each time unless told otherwise.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.example.test/";
    public static final String AUDIENCE = "users-api";
    public static final String ADMIN_SCOPE = TokenCaller.ADMIN_SCOPE;

    private final JWK key;

    public TestTokens(JWK key) {
        this.key = key;
    }

    /** The key these tokens are signed with. */
    public JWK key() {
        return key;
    }

    /** A member's token: a fresh subject, no scope. */
    public String member() {
        return signed(claims -> claims);
    }

    public String member(String subject) {
        return signed(claims -> claims.subject(subject));
    }

    public String admin() {
        return signed(claims -> claims.claim("scope", "openid " + ADMIN_SCOPE));
    }

    /** Valid claims, changed by {@code change}, signed with this key. */
    public String signed(UnaryOperator<JWTClaimsSet.Builder> change) {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(algorithm()).keyID(key.getKeyID()).build(),
                change.apply(validClaims()).build());
        try {
            token.sign(signer());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }

    /** Valid claims, unsigned ({@code alg: none}). */
    public static String unsigned() {
        return new PlainJWT(validClaims().build()).serialize();
    }

    /** HS256 over valid claims, keyed with the bytes of {@code publicKey}'s PEM: the classic algorithm confusion. */
    public static String hmacWithPublicKey(JWK publicKey) {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(publicKey.getKeyID()).build(),
                validClaims().build());
        try {
            token.sign(new MACSigner(TestKeys.publicKeyPem(publicKey).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }

    public static JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("subject-" + UUID.randomUUID())
                // Issued a while ago, so that a test can let the token expire in the past.
                .issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    private JWSAlgorithm algorithm() {
        return key instanceof RSAKey ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256;
    }

    private JWSSigner signer() throws JOSEException {
        return key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
    }
}

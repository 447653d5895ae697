package org.acme.users.adapter.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.URL;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The token checks of API.md as a {@link JwtDecoder}: RS256 or ES256 only ({@code none} and HMAC are refused), the
 * signature against the issuer's keys, {@code iss} equal to the issuer, {@code aud} holding the audience, {@code exp}
 * present, and {@code exp} and {@code nbf} with {@value #CLOCK_SKEW_SECONDS} seconds of clock skew.
 */
public final class BearerTokens {

    static final long CLOCK_SKEW_SECONDS = 60;
    /** A slow issuer must not hold requests for long: a JWK Set fetch gives up after these. */
    static final Duration JWK_SET_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration JWK_SET_READ_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration JWK_SET_CACHED_FOR = Duration.ofMinutes(5);
    /** How long requests wait for a fetch that another request started: as long as that fetch may take. */
    private static final Duration JWK_SET_REFRESH_WAIT = JWK_SET_CONNECT_TIMEOUT.plus(JWK_SET_READ_TIMEOUT);
    static final Duration JWK_SET_REFETCH_INTERVAL = Duration.ofSeconds(30);
    /** A JWK Set holds a handful of keys; anything much larger is not one. */
    private static final int JWK_SET_SIZE_LIMIT = 256 * 1024;

    private BearerTokens() {
    }

    /**
     * Keys from the issuer's JWK Set, fetched when first needed and cached (five minutes); a {@code kid} the cache
     * does not hold fetches the set again, at most twice in 30 seconds so that made-up ids cannot hammer the issuer.
     */
    public static JwtDecoder fromJwkSet(URL jwkSetUrl, String issuer, String audience) {
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(
                (int) JWK_SET_CONNECT_TIMEOUT.toMillis(), (int) JWK_SET_READ_TIMEOUT.toMillis(), JWK_SET_SIZE_LIMIT);
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwkSetUrl, retriever)
                .cache(JWK_SET_CACHED_FOR.toMillis(), JWK_SET_REFRESH_WAIT.toMillis())
                .rateLimited(JWK_SET_REFETCH_INTERVAL.toMillis())
                .build();
        return decoder(NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithms(algorithms -> {
                    algorithms.add(SignatureAlgorithm.RS256);
                    algorithms.add(SignatureAlgorithm.ES256);
                })
                .build(), issuer, audience);
    }

    /**
     * One RSA or EC (P-256) public key, for issuers without a JWK Set.
     *
     * @throws IllegalArgumentException for any other kind of key
     */
    public static JwtDecoder fromPublicKey(PublicKey key, String issuer, String audience) {
        JWSAlgorithm algorithm;
        if (key instanceof RSAPublicKey) {
            algorithm = JWSAlgorithm.RS256;
        } else if (key instanceof ECPublicKey ec && Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
            algorithm = JWSAlgorithm.ES256;
        } else {
            throw new IllegalArgumentException("the key must be an RSA public key or an EC public key on P-256 (the"
                    + " curve of ES256), not " + key.getAlgorithm());
        }
        // One key and one algorithm, whatever kid the issuer writes into its tokens.
        SingleKeyJWSKeySelector<SecurityContext> onlyThisKey = new SingleKeyJWSKeySelector<>(algorithm, key);
        return decoder(NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(new JWKSet()))
                .jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(onlyThisKey))
                .build(), issuer, audience);
    }

    private static JwtDecoder decoder(NimbusJwtDecoder decoder, String issuer, String audience) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(CLOCK_SKEW_SECONDS));
        timestamps.setAllowEmptyExpiryClaim(false);
        List<OAuth2TokenValidator<Jwt>> checks = List.of(timestamps, new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(audience));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
        return new CheckedTokens(decoder, Clock.systemUTC());
    }
}

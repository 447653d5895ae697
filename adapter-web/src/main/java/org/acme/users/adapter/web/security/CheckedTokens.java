package org.acme.users.adapter.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers the tokens that passed every check, for a minute at most and never beyond the time the checks would
 * still let them pass (their {@code exp} plus the clock skew). A client sends the same token with every request,
 * and checking its signature again each time costs more than the rest of a GET by id. A refused token is never
 * remembered, so it is checked, and refused, every time. A key the issuer retires is refused at the latest a minute
 * after the JWK Set cache, which keeps keys for five, has dropped it.
 */
final class CheckedTokens implements JwtDecoder {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);
    /** Each entry is the token and its claims, about two kilobytes: at most some twenty megabytes. */
    private static final int MOST_TOKENS = 10_000;

    private final JwtDecoder checks;
    private final Clock clock;
    private final Cache<String, Jwt> passed;

    CheckedTokens(JwtDecoder checks, Clock clock) {
        this.checks = checks;
        this.clock = clock;
        this.passed = Caffeine.newBuilder()
                .maximumSize(MOST_TOKENS)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> rememberedFor(jwt)))
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = passed.getIfPresent(token);
        if (known != null) {
            return known;
        }
        Jwt checked = checks.decode(token);
        passed.put(token, checked);
        return checked;
    }

    /** Until the timestamp check would refuse the token, and no longer than {@link #REMEMBERED_FOR}. */
    private Duration rememberedFor(Jwt jwt) {
        Instant refusedFrom = jwt.getExpiresAt().plusSeconds(BearerTokens.CLOCK_SKEW_SECONDS);
        Duration left = Duration.between(clock.instant(), refusedFrom);
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(REMEMBERED_FOR) < 0 ? left : REMEMBERED_FOR;
    }
}

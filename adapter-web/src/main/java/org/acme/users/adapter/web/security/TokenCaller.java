package org.acme.users.adapter.web.security;

import java.util.Arrays;
import java.util.Optional;
import org.acme.users.application.port.in.Caller;
import org.acme.users.domain.model.Owner;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

/** Who a checked token says the caller is: an admin when its {@code scope} holds {@value #ADMIN_SCOPE}, else a member. */
final class TokenCaller {

    static final String ADMIN_SCOPE = "users:admin";
    private static final String SCOPE = "scope";

    private TokenCaller() {
    }

    /** Empty when {@code iss} and {@code sub} make no {@link Owner}: missing, empty, too long or with control characters. */
    static Optional<Caller> of(Jwt token) {
        Owner identity;
        try {
            identity = new Owner(token.getClaimAsString(JwtClaimNames.ISS), token.getClaimAsString(JwtClaimNames.SUB));
        } catch (IllegalArgumentException | NullPointerException noOwner) {
            return Optional.empty();
        }
        return Optional.of(isAdmin(token) ? Caller.admin(identity) : Caller.member(identity));
    }

    private static boolean isAdmin(Jwt token) {
        // A scope that is not a string (some issuers send a list) grants nothing: API.md defines it space-separated.
        return token.getClaims().get(SCOPE) instanceof String scope
                && Arrays.asList(scope.split(" ")).contains(ADMIN_SCOPE);
    }
}

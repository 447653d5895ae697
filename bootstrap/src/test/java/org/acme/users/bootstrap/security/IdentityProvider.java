package org.acme.users.bootstrap.security;

import com.nimbusds.jose.jwk.JWK;
import java.util.HashMap;
import java.util.Map;
import org.acme.users.adapter.web.security.JwkSetServer;
import org.acme.users.adapter.web.security.TestKeys;
import org.acme.users.adapter.web.security.TestTokens;

/**
 * An identity provider for the service under test: its JWK Set on a loopback port, the key it signs with now, and
 * the settings that point a service at it. Its key can rotate, as a real issuer's does.
 */
public final class IdentityProvider implements AutoCloseable {

    private final JwkSetServer jwkSet;
    private volatile JWK signingKey;

    private IdentityProvider(JWK signingKey) {
        this.signingKey = signingKey;
        this.jwkSet = JwkSetServer.serving(signingKey);
    }

    public static IdentityProvider start() {
        return new IdentityProvider(TestKeys.rsa());
    }

    /** AUTH=jwt against this provider, with {@code more} settings of the service's own. */
    public Map<String, String> serviceSettings(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(Map.of("AUTH", "jwt", "JWT_ISSUER", TestTokens.ISSUER,
                "JWT_AUDIENCE", TestTokens.AUDIENCE, "JWT_JWKS_URI", jwkSet.url().toString()));
        settings.putAll(more);
        return settings;
    }

    /** Tokens as this provider issues them now. */
    public TestTokens tokens() {
        return new TestTokens(signingKey);
    }

    /** The key the provider signed with until now, which its JWK Set no longer holds after this call. */
    public JWK rotateToANewKey() {
        JWK retired = signingKey;
        signingKey = TestKeys.ec();
        jwkSet.rotateTo(signingKey);
        return retired;
    }

    @Override
    public void close() {
        jwkSet.close();
    }
}

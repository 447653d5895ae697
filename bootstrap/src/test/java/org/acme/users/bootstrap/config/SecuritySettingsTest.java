package org.acme.users.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.acme.users.adapter.web.security.TestKeys;
import org.acme.users.adapter.web.security.TestTokens;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecuritySettingsTest {

    @TempDir
    Path workingDirectory;

    @Test
    void servesWithoutAuthenticationOnTheLoopbackAddressByDefault() {
        Settings settings = read(Map.of());

        assertThat(settings.security().web().requiresTokens()).isFalse();
        assertThat(settings.security().web().rateLimits().anyOn()).isFalse();
        assertThat(settings.security().openWithoutAuth()).isFalse();
    }

    @Test
    void refusesToStartOnAnAddressOtherMachinesReachUnlessAuthIsSet() {
        assertThatThrownBy(() -> read(Map.of("HOST", "0.0.0.0")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("AUTH: ")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
    }

    @Test
    void startsOnSuchAnAddressWithAnExplicitAuthNoneAndSaysSo() {
        Settings settings = read(Map.of("HOST", "0.0.0.0", "AUTH", "none"));

        assertThat(settings.security().openWithoutAuth()).isTrue();
    }

    @Test
    void checksTokensWithAKeyFileAndLimitsRegistrationsByDefault() throws IOException {
        Path key = Files.writeString(workingDirectory.resolve("issuer.pem"), TestKeys.publicKeyPem(TestKeys.ec()));

        Settings settings = read(Map.of("AUTH", "jwt", "JWT_ISSUER", TestTokens.ISSUER,
                "JWT_AUDIENCE", TestTokens.AUDIENCE, "JWT_PUBLIC_KEY", key.toString()));

        assertThat(settings.security().web().requiresTokens()).isTrue();
        assertThat(settings.security().web().rateLimits().registrationsPerMinute()).isEqualTo(10);
    }

    @Test
    void namesTheSettingOfEveryBadValue() {
        Map<Map<String, String>, String> badValues = Map.of(
                Map.of("AUTH", "basic"), "AUTH",
                Map.of("AUTH", "jwt", "JWT_AUDIENCE", "a", "JWT_JWKS_URI", "https://i.example/jwks"), "JWT_ISSUER",
                Map.of("AUTH", "jwt", "JWT_ISSUER", "i", "JWT_AUDIENCE", "a"), "JWT_JWKS_URI",
                Map.of("AUTH", "jwt", "JWT_ISSUER", "i", "JWT_AUDIENCE", "a", "JWT_JWKS_URI", "ftp://i.example/k"),
                "JWT_JWKS_URI",
                Map.of("AUTH", "jwt", "JWT_ISSUER", "i", "JWT_AUDIENCE", "a", "JWT_PUBLIC_KEY", "/no/such.pem"),
                "JWT_PUBLIC_KEY",
                Map.of("RATE_LIMIT_REQUESTS", "-1"), "RATE_LIMIT_REQUESTS",
                Map.of("RATE_LIMIT_REGISTRATIONS", "ten"), "RATE_LIMIT_REGISTRATIONS",
                Map.of("TRUSTED_PROXIES", "proxy.example"), "TRUSTED_PROXIES",
                Map.of("CORS_ORIGINS", "https://app.example.com/path"), "CORS_ORIGINS");
        badValues.forEach((values, setting) -> assertThatThrownBy(() -> read(values))
                .as(values.toString())
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        failure -> assertThat(failure.setting()).isEqualTo(setting)));
    }

    @Test
    void leavesTheTokenSettingsUnreadWithoutJwt() {
        Settings settings = read(Map.of("JWT_JWKS_URI", "not a url", "JWT_PUBLIC_KEY", "/no/such.pem"));

        assertThat(settings.security().web().requiresTokens()).isFalse();
    }

    private Settings read(Map<String, String> environment) {
        return SettingSources.read(new String[0], environment, workingDirectory);
    }
}

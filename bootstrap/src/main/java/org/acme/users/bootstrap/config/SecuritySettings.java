package org.acme.users.bootstrap.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.acme.users.adapter.web.security.BearerTokens;
import org.acme.users.adapter.web.security.ClientAddresses;
import org.acme.users.adapter.web.security.RateLimits;
import org.acme.users.adapter.web.security.WebSecurity;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.Setting;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The Security settings of API.md, checked: {@code AUTH} and, with {@code jwt}, the token settings (left unread
 * otherwise), the rate limits, the trusted proxies and the CORS origins.
 *
 * @param web               what the web adapter is to enforce
 * @param openWithoutAuth   an explicit {@code AUTH=none} on an address other machines reach: started, with a warning
 */
public record SecuritySettings(WebSecurity web, boolean openWithoutAuth) {

    private static final int JWT_DEFAULT_REGISTRATIONS_PER_MINUTE = 10;

    static SecuritySettings from(Map<String, String> values, String host) {
        boolean explicit = values.containsKey(CoreSettings.AUTH.name());
        boolean jwt = switch (valueOf(values, CoreSettings.AUTH).strip().toLowerCase(Locale.ROOT)) {
            case "none" -> false;
            case "jwt" -> true;
            default -> throw new InvalidSettingException(CoreSettings.AUTH.name(),
                    "must be none or jwt, not '" + values.get(CoreSettings.AUTH.name()) + "'");
        };
        boolean loopback = isLoopback(host);
        if (!jwt && !explicit && !loopback) {
            throw new InvalidSettingException(CoreSettings.AUTH.name(), "must be set when HOST (" + host
                    + ") is not a loopback address: jwt to check bearer tokens, or none to serve anyone");
        }
        Optional<JwtDecoder> tokens = jwt ? Optional.of(tokenDecoder(values)) : Optional.empty();
        RateLimits limits = new RateLimits(
                count(values, CoreSettings.RATE_LIMIT_REGISTRATIONS, jwt ? JWT_DEFAULT_REGISTRATIONS_PER_MINUTE : 0),
                count(values, CoreSettings.RATE_LIMIT_REQUESTS, 0));
        WebSecurity web = new WebSecurity(tokens, limits, trustedProxies(values), corsOrigins(values));
        return new SecuritySettings(web, !jwt && !loopback);
    }

    private static JwtDecoder tokenDecoder(Map<String, String> values) {
        String issuer = required(values, CoreSettings.JWT_ISSUER);
        String audience = required(values, CoreSettings.JWT_AUDIENCE);
        Optional<String> jwkSet = given(values, CoreSettings.JWT_JWKS_URI);
        Optional<String> keyFile = given(values, CoreSettings.JWT_PUBLIC_KEY);
        if (jwkSet.isPresent() == keyFile.isPresent()) {
            throw new InvalidSettingException(CoreSettings.JWT_JWKS_URI.name(),
                    "exactly one of JWT_JWKS_URI and JWT_PUBLIC_KEY must be set with AUTH=jwt");
        }
        if (jwkSet.isPresent()) {
            return BearerTokens.fromJwkSet(jwkSetUrl(jwkSet.get()), issuer, audience);
        }
        try {
            return BearerTokens.fromPublicKey(publicKey(Path.of(keyFile.get())), issuer, audience);
        } catch (IllegalArgumentException unusable) {
            throw new InvalidSettingException(CoreSettings.JWT_PUBLIC_KEY.name(), unusable.getMessage(), unusable);
        }
    }

    private static URL jwkSetUrl(String text) {
        try {
            URI uri = new URI(text);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidSettingException(CoreSettings.JWT_JWKS_URI.name(),
                        "must be an http or https URL, not '" + text + "'");
            }
            return uri.toURL();
        } catch (URISyntaxException | MalformedURLException malformed) {
            throw new InvalidSettingException(CoreSettings.JWT_JWKS_URI.name(),
                    "is not a URL: '" + text + "'", malformed);
        }
    }

    /** A PEM file with one {@code PUBLIC KEY} (SubjectPublicKeyInfo), as {@code openssl pkey -pubout} writes it. */
    private static PublicKey publicKey(Path file) {
        String name = CoreSettings.JWT_PUBLIC_KEY.name();
        String pem;
        try {
            pem = Files.readString(file);
        } catch (IOException unreadable) {
            throw new InvalidSettingException(name, "cannot read " + file + ": " + unreadable.getMessage(), unreadable);
        }
        String begin = "-----BEGIN PUBLIC KEY-----";
        String end = "-----END PUBLIC KEY-----";
        int start = pem.indexOf(begin);
        int stop = pem.indexOf(end);
        if (start < 0 || stop < start || pem.indexOf(begin, start + 1) >= 0) {
            throw new InvalidSettingException(name, file + " must hold one PEM block " + begin);
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), stop));
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidSettingException(name, file + " holds no Base64 key", notBase64);
        }
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (InvalidKeySpecException notOfThisKind) {
                // try the next kind
            } catch (NoSuchAlgorithmException missing) {
                throw new IllegalStateException("this JVM has no " + algorithm + " key factory", missing);
            }
        }
        throw new InvalidSettingException(name, file + " holds no RSA or EC public key");
    }

    private static ClientAddresses trustedProxies(Map<String, String> values) {
        List<String> proxies = list(valueOf(values, CoreSettings.TRUSTED_PROXIES));
        try {
            return ClientAddresses.behindProxies(proxies);
        } catch (IllegalArgumentException notAnAddress) {
            throw new InvalidSettingException(CoreSettings.TRUSTED_PROXIES.name(), notAnAddress.getMessage()
                    + "; give IP addresses, comma-separated", notAnAddress);
        }
    }

    private static List<String> corsOrigins(Map<String, String> values) {
        List<String> origins = list(valueOf(values, CoreSettings.CORS_ORIGINS));
        for (String origin : origins) {
            if (!origin.matches("https?://[^/?#\\s]+")) {
                throw new InvalidSettingException(CoreSettings.CORS_ORIGINS.name(), "'" + origin
                        + "' is no origin: scheme, host and optional port, such as https://app.example.com");
            }
        }
        return origins;
    }

    private static int count(Map<String, String> values, Setting setting, int defaultValue) {
        Optional<String> text = given(values, setting);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            int count = Integer.parseInt(text.get());
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like a negative number
        }
        throw new InvalidSettingException(setting.name(),
                "must be a whole number, 0 (off) or more, not '" + values.get(setting.name()) + "'");
    }

    /** {@code localhost} and the like count as loopback; a name that does not resolve does not. */
    private static boolean isLoopback(String host) {
        try {
            return Arrays.stream(InetAddress.getAllByName(host)).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException unresolvable) {
            return false;
        }
    }

    private static String required(Map<String, String> values, Setting setting) {
        return given(values, setting).orElseThrow(() ->
                new InvalidSettingException(setting.name(), "must be set with AUTH=jwt"));
    }

    private static Optional<String> given(Map<String, String> values, Setting setting) {
        return Optional.ofNullable(values.get(setting.name())).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static String valueOf(Map<String, String> values, Setting setting) {
        return values.getOrDefault(setting.name(), setting.defaultValue().orElse(""));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}

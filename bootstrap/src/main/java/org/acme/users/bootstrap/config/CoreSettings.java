package org.acme.users.bootstrap.config;

import java.util.List;
import java.util.Locale;
import org.acme.users.persistence.spi.Setting;

/** The service's own settings; each persistence adapter declares its own beside them. */
public final class CoreSettings {

    public static final Setting PERSISTENCE = Setting.withDefault("PERSISTENCE", "sql",
            "which persistence adapter serves the ports");
    public static final Setting PORT = Setting.withDefault("PORT", "8080", "HTTP port; 0 picks a free one");
    public static final Setting HOST = Setting.withDefault("HOST", "127.0.0.1",
            "address to listen on; 0.0.0.0 serves other machines");
    public static final Setting LOG_FORMAT = Setting.withDefault("LOG_FORMAT", "text",
            "text (one readable line per event) or json (one object per line)");

    public static final Setting AUTH = Setting.withDefault("AUTH", "none",
            "none (no authentication, for a machine of one's own) or jwt (bearer tokens)");
    public static final Setting JWT_ISSUER = Setting.optional("JWT_ISSUER", "with AUTH=jwt: the iss that tokens must carry");
    public static final Setting JWT_AUDIENCE = Setting.optional("JWT_AUDIENCE",
            "with AUTH=jwt: the aud that tokens must hold");
    public static final Setting JWT_JWKS_URI = Setting.optional("JWT_JWKS_URI",
            "with AUTH=jwt: URL of the issuer's JWK Set (or JWT_PUBLIC_KEY)");
    public static final Setting JWT_PUBLIC_KEY = Setting.optional("JWT_PUBLIC_KEY",
            "with AUTH=jwt: path of a PEM file with the issuer's RSA or EC public key (or JWT_JWKS_URI)");
    public static final Setting RATE_LIMIT_REGISTRATIONS = Setting.optional("RATE_LIMIT_REGISTRATIONS",
            "registrations per minute per client address; 0 = off; default 10 with AUTH=jwt, 0 with AUTH=none");
    public static final Setting RATE_LIMIT_REQUESTS = Setting.withDefault("RATE_LIMIT_REQUESTS", "0",
            "requests per second per client address; 0 = off");
    public static final Setting TRUSTED_PROXIES = Setting.withDefault("TRUSTED_PROXIES", "",
            "comma-separated addresses of proxies whose X-Forwarded-For names the client");
    public static final Setting CORS_ORIGINS = Setting.withDefault("CORS_ORIGINS", "",
            "comma-separated origins that may use the API from a browser");

    static final List<Setting> ALL = List.of(PERSISTENCE, PORT, HOST, LOG_FORMAT, AUTH, JWT_ISSUER, JWT_AUDIENCE,
            JWT_JWKS_URI, JWT_PUBLIC_KEY, RATE_LIMIT_REGISTRATIONS, RATE_LIMIT_REQUESTS, TRUSTED_PROXIES, CORS_ORIGINS);

    private CoreSettings() {
    }

    /** How the command line spells a setting: {@code --database.url} for {@code DATABASE_URL}. */
    public static String argumentName(Setting setting) {
        return setting.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}

package org.acme.users.bootstrap.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The settings of API.md, with their defaults; the command line spells them lower-case with dots. */
public enum SettingName {
    PERSISTENCE("sql"),
    DATABASE_URL("jdbc:h2:file:./data/users"),
    DATABASE_USER(""),
    DATABASE_PASSWORD(""),
    /** No default: without it, the service starts an embedded MongoDB-compatible server. */
    MONGODB_URI(null),
    MONGODB_DATABASE("users"),
    PORT("8080"),
    HOST("127.0.0.1"),
    /** Not in API.md: {@code text} or {@code json}, see {@link LogFormat}. */
    LOG_FORMAT("text");

    private final String defaultValue;

    SettingName(String defaultValue) {
        this.defaultValue = defaultValue;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** {@code database.url} for {@code DATABASE_URL}. */
    public String argumentName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    static Optional<SettingName> ofArgumentName(String argumentName) {
        return Arrays.stream(values()).filter(name -> name.argumentName().equals(argumentName)).findFirst();
    }
}

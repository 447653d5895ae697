package org.acme.users.persistence.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A setting a provider reads, named as an environment variable ({@code DATABASE_URL}); the service also takes it
 * from {@code .env} and as {@code --database.url=...}.
 *
 * @param name         upper-case letters, digits and underscores, starting with a letter
 * @param defaultValue the value when none is given; empty when leaving it out means something (an embedded server)
 * @param secret       whether the value must never be logged or shown, such as a password
 * @param help         one line for a reader who has to choose a value
 */
public record Setting(String name, Optional<String> defaultValue, boolean secret, String help) {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(help, "help");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a setting's name is upper-case letters, digits and _: " + name);
        }
    }

    public static Setting withDefault(String name, String defaultValue, String help) {
        return new Setting(name, Optional.of(defaultValue), false, help);
    }

    /** A setting whose absence means something of its own, which {@code help} says. */
    public static Setting optional(String name, String help) {
        return new Setting(name, Optional.empty(), false, help);
    }

    public static Setting secret(String name, String help) {
        return new Setting(name, Optional.of(""), true, help);
    }
}

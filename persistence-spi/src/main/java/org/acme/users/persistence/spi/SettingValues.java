package org.acme.users.persistence.spi;

import java.util.Map;
import java.util.Optional;

/** The values a provider is opened with, by setting name: the given ones, else the defaults. */
public final class SettingValues {

    private final Map<String, String> values;

    private SettingValues(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static SettingValues of(Map<String, String> values) {
        return new SettingValues(values);
    }

    /** The value of a setting, or empty when it has no default and was not given. */
    public Optional<String> find(Setting setting) {
        return Optional.ofNullable(values.get(setting.name()));
    }

    /** The value of a setting that has a default, so always has a value. */
    public String get(Setting setting) {
        return find(setting).orElseThrow(() ->
                new InvalidSettingException(setting.name(), "must be given"));
    }

    /** As {@link #find}, with a blank value taken as not given. */
    public Optional<String> findNotBlank(Setting setting) {
        return find(setting).filter(value -> !value.isBlank()).map(String::strip);
    }

    /** The values without the secret ones, for a log line. */
    @Override
    public String toString() {
        return "SettingValues" + values.keySet();
    }
}

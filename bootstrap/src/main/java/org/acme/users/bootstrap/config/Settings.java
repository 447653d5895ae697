package org.acme.users.bootstrap.config;

import java.util.HashMap;
import java.util.Map;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.PersistenceProvider;
import org.acme.users.persistence.spi.Setting;
import org.acme.users.persistence.spi.SettingValues;

/**
 * The service's start-up configuration, checked: an unusable value fails here with the setting's name. Only the
 * chosen adapter's settings are passed on; those of the others are none of its business and are not looked at.
 *
 * @param persistence         the adapter that serves the ports
 * @param persistenceSettings the values of its settings, defaults included; the adapter checks them as it opens
 * @param port                0 lets the system choose a free port
 * @param logFormat           how log lines are written to standard output
 * @param security            authentication, rate limits, trusted proxies and CORS origins
 */
public record Settings(
        PersistenceProvider persistence,
        SettingValues persistenceSettings,
        int port,
        String host,
        LogFormat logFormat,
        SecuritySettings security) {

    private static final int HIGHEST_PORT = 65_535;

    /** Reads the merged values by setting name, where a missing name takes its default. */
    public static Settings from(Map<String, String> values, PersistenceProviders providers) {
        PersistenceProvider persistence = providers.named(valueOf(values, CoreSettings.PERSISTENCE));
        Map<String, String> persistenceValues = new HashMap<>();
        for (Setting setting : persistence.settings()) {
            String value = values.containsKey(setting.name()) ? values.get(setting.name())
                    : setting.defaultValue().orElse(null);
            if (value != null) {
                persistenceValues.put(setting.name(), value);
            }
        }
        String host = notBlank(CoreSettings.HOST, valueOf(values, CoreSettings.HOST));
        return new Settings(
                persistence,
                SettingValues.of(persistenceValues),
                port(valueOf(values, CoreSettings.PORT)),
                host,
                LogFormat.parse(valueOf(values, CoreSettings.LOG_FORMAT)),
                SecuritySettings.from(values, host));
    }

    private static String valueOf(Map<String, String> values, Setting setting) {
        return values.getOrDefault(setting.name(), setting.defaultValue().orElseThrow());
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port <= HIGHEST_PORT) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like a number out of range
        }
        throw new InvalidSettingException(CoreSettings.PORT.name(),
                "must be a port number from 0 to " + HIGHEST_PORT + ", not '" + text + "'");
    }

    private static String notBlank(Setting setting, String value) {
        if (value.isBlank()) {
            throw new InvalidSettingException(setting.name(), "must not be empty");
        }
        return value.strip();
    }

    /** Names the adapter's settings but shows none of their values: a URL can carry a password as well as a secret. */
    @Override
    public String toString() {
        return "Settings[persistence=" + persistence.name() + ", persistenceSettings=" + persistenceSettings
                + ", port=" + port + ", host=" + host + ", logFormat=" + logFormat + ", auth=" + (security.web().requiresTokens() ? "jwt" : "none") + "]";
    }
}

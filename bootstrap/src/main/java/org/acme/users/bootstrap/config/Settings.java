package org.acme.users.bootstrap.config;

import java.util.Map;
import java.util.Optional;

/**
 * The service's start-up configuration, checked: an unusable value fails here with the setting's name.
 *
 * @param mongodbUri empty when the service is to start its own embedded MongoDB-compatible server
 * @param port       0 lets the system choose a free port
 * @param logFormat  how log lines are written to standard output
 */
public record Settings(
        Persistence persistence,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        Optional<String> mongodbUri,
        String mongodbDatabase,
        int port,
        String host,
        LogFormat logFormat) {

    private static final int HIGHEST_PORT = 65_535;

    /** The settings of API.md alone, with the default log format. */
    public Settings(Persistence persistence, String databaseUrl, String databaseUser, String databasePassword,
            Optional<String> mongodbUri, String mongodbDatabase, int port, String host) {
        this(persistence, databaseUrl, databaseUser, databasePassword, mongodbUri, mongodbDatabase, port, host,
                LogFormat.parse(SettingName.LOG_FORMAT.defaultValue()));
    }

    /** Reads the merged values, where a missing name takes its default. */
    public static Settings from(Map<SettingName, String> values) {
        return new Settings(
                Persistence.parse(valueOf(values, SettingName.PERSISTENCE)),
                jdbcUrl(valueOf(values, SettingName.DATABASE_URL)),
                valueOf(values, SettingName.DATABASE_USER),
                valueOf(values, SettingName.DATABASE_PASSWORD),
                Optional.ofNullable(valueOf(values, SettingName.MONGODB_URI)).filter(uri -> !uri.isBlank()),
                notBlank(SettingName.MONGODB_DATABASE, valueOf(values, SettingName.MONGODB_DATABASE)),
                port(valueOf(values, SettingName.PORT)),
                notBlank(SettingName.HOST, valueOf(values, SettingName.HOST)),
                LogFormat.parse(valueOf(values, SettingName.LOG_FORMAT)));
    }

    private static String valueOf(Map<SettingName, String> values, SettingName name) {
        return values.getOrDefault(name, name.defaultValue());
    }

    private static String jdbcUrl(String url) {
        if (!url.startsWith("jdbc:") || url.length() <= "jdbc:".length()) {
            throw new InvalidSettingException(SettingName.DATABASE_URL.name(),
                    "must be a JDBC URL such as jdbc:postgresql://host:5432/db");
        }
        return url;
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
        throw new InvalidSettingException(SettingName.PORT.name(),
                "must be a port number from 0 to " + HIGHEST_PORT + ", not '" + text + "'");
    }

    private static String notBlank(SettingName name, String value) {
        if (value.isBlank()) {
            throw new InvalidSettingException(name.name(), "must not be empty");
        }
        return value.strip();
    }

    /** Leaves out the password, which must not reach a log. */
    @Override
    public String toString() {
        return "Settings[persistence=" + persistence + ", databaseUrl=" + databaseUrl + ", databaseUser=" + databaseUser
                + ", mongodbUri=" + (mongodbUri.isPresent() ? "(set)" : "(embedded)") + ", mongodbDatabase="
                + mongodbDatabase + ", port=" + port + ", host=" + host + ", logFormat=" + logFormat + "]";
    }
}

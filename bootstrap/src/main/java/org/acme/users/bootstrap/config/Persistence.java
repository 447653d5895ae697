package org.acme.users.bootstrap.config;

import java.util.Locale;

/** Which persistence adapter serves the ports. */
public enum Persistence {
    SQL, MONGO;

    static Persistence parse(String value) {
        String name = value.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "sql" -> SQL;
            case "mongo" -> MONGO;
            default -> throw new InvalidSettingException(SettingName.PERSISTENCE.name(),
                    "must be sql or mongo, not '" + value + "'");
        };
    }

    /** The name {@code /health} and the logs use. */
    public String adapterName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.acme.users.bootstrap.config;

import java.util.Locale;
import org.acme.users.persistence.spi.InvalidSettingException;

/** How the service writes its log lines: readable text, or one JSON object per line for log collectors. */
public enum LogFormat {
    TEXT, JSON;

    static LogFormat parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "json" -> JSON;
            default -> throw new InvalidSettingException(CoreSettings.LOG_FORMAT.name(),
                    "must be text or json, not '" + value + "'");
        };
    }
}

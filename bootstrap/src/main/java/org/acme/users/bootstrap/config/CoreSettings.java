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

    static final List<Setting> ALL = List.of(PERSISTENCE, PORT, HOST, LOG_FORMAT);

    private CoreSettings() {
    }

    /** How the command line spells a setting: {@code --database.url} for {@code DATABASE_URL}. */
    public static String argumentName(Setting setting) {
        return setting.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}

package org.acme.users.adapter.persistence.redis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code name:value} lines of an {@code INFO} reply. */
final class InfoFields {

    private final Map<String, String> fields;

    private InfoFields(Map<String, String> fields) {
        this.fields = fields;
    }

    static InfoFields of(String info) {
        Map<String, String> fields = new HashMap<>();
        for (String line : info.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return new InfoFields(fields);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }
}

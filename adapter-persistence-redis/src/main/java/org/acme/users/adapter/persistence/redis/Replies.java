package org.acme.users.adapter.persistence.redis;

import java.util.ArrayList;
import java.util.List;

/** Reads the replies of the scripts, which are a status text or an array of texts (nil where Lua had false). */
final class Replies {

    private Replies() {
    }

    static List<String> strings(Object reply) {
        if (reply instanceof String text) {
            return List.of(text);
        }
        if (reply instanceof List<?> items) {
            List<String> texts = new ArrayList<>(items.size());
            for (Object item : items) {
                texts.add(item == null ? null : item.toString());
            }
            return texts;
        }
        throw new IllegalStateException("a script answered something unexpected: " + reply);
    }
}

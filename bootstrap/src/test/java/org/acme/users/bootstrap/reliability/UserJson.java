package org.acme.users.bootstrap.reliability;

import java.util.UUID;

/**
 * Request bodies for {@code POST} and {@code PUT /api/users}. Text is quoted as JSON by hand, because a JSON library
 * will not write what tests need to send: a lone surrogate must travel as a {@code \ud800} escape (encoded as UTF-8
 * it would silently become a '?'), and control characters as escapes too.
 */
public final class UserJson {

    private UserJson() {
    }

    public static String of(String email, String name) {
        return "{\"email\":" + quoted(email) + ",\"name\":" + quoted(name) + "}";
    }

    static String quoted(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                json.append(c).append(text.charAt(++i));
            } else if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    static String uniqueEmail() {
        return "u-" + UUID.randomUUID() + "@example.com";
    }
}

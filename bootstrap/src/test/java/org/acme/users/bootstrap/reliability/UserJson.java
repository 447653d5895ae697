package org.acme.users.bootstrap.reliability;

import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Request bodies for {@code POST} and {@code PUT /api/users}, with any text properly escaped. */
final class UserJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private UserJson() {
    }

    static String of(String email, String name) {
        return "{\"email\":" + quoted(email) + ",\"name\":" + quoted(name) + "}";
    }

    static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }

    static String uniqueEmail() {
        return "u-" + UUID.randomUUID() + "@example.com";
    }
}

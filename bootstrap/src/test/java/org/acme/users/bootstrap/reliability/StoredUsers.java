package org.acme.users.bootstrap.reliability;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Every stored user as the API lists them, read page by page: the state that tests compare. */
public final class StoredUsers {

    private static final int MOST_PAGES = 10_000;

    private StoredUsers() {
    }

    /** Users by id, in the listing's order; fails if a page cannot be read. */
    public static Map<String, JsonNode> read(LoopbackClient client) {
        Map<String, JsonNode> users = new LinkedHashMap<>();
        String query = "/api/users?limit=100";
        for (int page = 0; page < MOST_PAGES; page++) {
            Reply reply = client.get(query);
            if (reply.status() != 200) {
                throw new IllegalStateException("cannot list the users: " + reply);
            }
            JsonNode body = reply.json();
            body.get("items").forEach(user -> users.put(user.get("id").asString(), user));
            JsonNode next = body.get("nextCursor");
            if (next == null || next.isNull()) {
                return users;
            }
            query = "/api/users?limit=100&cursor=" + next.asString();
        }
        throw new IllegalStateException("the listing did not end within " + MOST_PAGES + " pages");
    }
}

package org.acme.users.adapter.web.contract;

import static org.acme.users.adapter.web.contract.ApiClient.uniqueEmail;
import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Listing: ascending by id, pages of 1 to 100 (20 by default), an opaque cursor, lookup by address. */
interface ListingRules extends ApiRules {

    @Test
    default void walksAllUsersInAscendingIdOrderPageByPage() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(registered("Pager " + i).text("id"));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            ApiResponse page = api().get("/api/users?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.fieldNames()).containsExactly("items", "nextCursor");
            assertThat(page.json().get("items").size()).isBetween(1, 2);
            page.json().get("items").forEach(user -> seen.add(user.get("id").asString()));
            cursor = page.text("nextCursor");
            assertThat(cursor == null || !seen.contains(cursor)).as("the cursor is not a raw id").isTrue();
        } while (cursor != null);

        assertThat(seen).containsAll(created).isSorted().doesNotHaveDuplicates();
    }

    @Test
    default void servesTwentyUsersPerPageUnlessToldOtherwise() {
        for (int i = 0; i < 21; i++) {
            registered("Crowd " + i);
        }

        ApiResponse firstPage = api().get("/api/users");
        ApiResponse largest = api().get("/api/users?limit=100");

        assertThat(firstPage.json().get("items").size()).isEqualTo(20);
        assertThat(firstPage.text("nextCursor")).isNotBlank();
        assertThat(largest.json().get("items").size()).isBetween(21, 100);
    }

    @Test
    default void endsWithANullCursorOnTheLastPage() {
        registered("Last page");
        String cursor = null;
        JsonNode page;
        do {
            page = api().get("/api/users?limit=100" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);

        assertThat(page.has("nextCursor")).isTrue();
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @Test
    default void findsAUserByAddressTypedInAnyCaseAndWithSpaces() {
        String email = uniqueEmail();
        ApiResponse created = api().postJson("/api/users", userJson(email, "Findable"));

        ApiResponse found = api().get("/api/users?email="
                + URLEncoder.encode("  " + email.toUpperCase() + " ", StandardCharsets.UTF_8));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.fieldNames()).containsExactly("items", "nextCursor");
        assertThat(found.json().get("items")).hasSize(1);
        assertThat(found.json().get("items").get(0).toString()).isEqualTo(created.json().toString());
        assertThat(found.json().get("nextCursor").isNull()).isTrue();
    }

    @Test
    default void findsNobodyForAnAddressNobodyHasOrThatIsNoAddress() {
        for (String email : List.of(uniqueEmail(), "no-at-sign", "")) {
            ApiResponse found = api().get("/api/users?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));

            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().get("items")).isEmpty();
            assertThat(found.json().get("nextCursor").isNull()).isTrue();
        }
    }
}

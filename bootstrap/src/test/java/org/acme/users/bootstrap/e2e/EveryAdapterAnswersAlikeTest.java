package org.acme.users.bootstrap.e2e;

import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One request sequence, replayed over an empty database on every test database of every persistence adapter: the
 * answers are the same as on the default adapter, apart from ids and timestamps.
 */
class EveryAdapterAnswersAlikeTest {

    private static List<String> onTheDefaultAdapter;

    @BeforeAll
    static void replayOnTheDefaultAdapter() {
        try (ServiceOnTestDatabase service = AdapterOnDatabase.ofTheDefaultAdapter().startService()) {
            onTheDefaultAdapter = replay(service.api());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.acme.users.bootstrap.fixture.AdapterOnDatabase#everyOne")
    void answersLikeTheDefaultAdapter(AdapterOnDatabase adapter) {
        List<String> answers;
        try (ServiceOnTestDatabase service = adapter.startService()) {
            answers = replay(service.api());
        }

        assertThat(answers).hasSize(onTheDefaultAdapter.size());
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i)).as("answer %d", i + 1).isEqualTo(onTheDefaultAdapter.get(i));
        }
    }

    private static List<String> replay(ApiClient api) {
        Transcript transcript = new Transcript();
        String ada = transcript.record("register Ada", api.postJson("/api/users",
                userJson(" Ada@Example.com ", "Ada Lovelace"), "X-Request-Id", "r1")).header("Location");
        String alan = transcript.record("register Alan", api.postJson("/api/users",
                userJson("alan@example.com", "Alan Turing"), "X-Request-Id", "r2")).header("Location");
        transcript.record("register Grace", api.postJson("/api/users",
                userJson("grace@example.com", "Grace Hopper 🧮"), "X-Request-Id", "r3"));
        transcript.record("same address", api.postJson("/api/users",
                userJson("ADA@example.com", "Eve"), "X-Request-Id", "r4"));
        transcript.record("broken rules", api.postJson("/api/users",
                userJson("no-at", ""), "X-Request-Id", "r5"));
        transcript.record("unknown field", api.postJson("/api/users",
                "{\"email\":\"x@y.z\",\"name\":\"X\",\"role\":\"admin\"}", "X-Request-Id", "r6"));
        transcript.record("read Ada", api.get(ada, "X-Request-Id", "r7"));
        ApiResponse firstPage = transcript.record("first page", api.get("/api/users?limit=2", "X-Request-Id", "r8"));
        transcript.record("second page", api.get("/api/users?limit=2&cursor=" + firstPage.text("nextCursor"),
                "X-Request-Id", "r9"));
        transcript.record("find by address", api.get("/api/users?email=ALAN@example.com", "X-Request-Id", "r10"));
        transcript.record("change Ada", api.putJson(ada, userJson("ada@example.org", "Ada King"),
                "If-Match", "\"0\"", "X-Request-Id", "r11"));
        transcript.record("stale change", api.putJson(ada, userJson("ada@example.net", "Ada"),
                "If-Match", "\"0\"", "X-Request-Id", "r12"));
        transcript.record("take Ada's address", api.putJson(alan, userJson("ada@example.org", "Alan"),
                "X-Request-Id", "r13"));
        transcript.record("weak If-Match", api.delete(alan, "If-Match", "W/\"0\"", "X-Request-Id", "r14"));
        transcript.record("remove Alan", api.delete(alan, "If-Match", "\"0\"", "X-Request-Id", "r15"));
        transcript.record("read Alan", api.get(alan, "X-Request-Id", "r16"));
        transcript.record("malformed id", api.get("/api/users/nope", "X-Request-Id", "r17"));
        transcript.record("malformed cursor", api.get("/api/users?cursor=nope", "X-Request-Id", "r18"));
        transcript.record("not JSON", api.postJson("/api/users", "{", "Content-Type", "text/plain",
                "X-Request-Id", "r19"));
        transcript.record("wrong method", api.send("PATCH", ada, BodyPublishers.noBody(), "X-Request-Id", "r20"));
        transcript.record("all users", api.get("/api/users", "X-Request-Id", "r21"));
        return transcript.lines();
    }
}

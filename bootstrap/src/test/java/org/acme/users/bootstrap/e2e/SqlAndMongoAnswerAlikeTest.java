package org.acme.users.bootstrap.e2e;

import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.junit.jupiter.api.Test;

/** One request sequence, replayed on each adapter over an empty database: the answers are the same. */
class SqlAndMongoAnswerAlikeTest {

    @Test
    void sqlAndMongoGiveTheSameAnswersApartFromIdsAndTimestamps() {
        List<String> onSql;
        try (RunningService sql = Databases.serviceOnH2()) {
            onSql = replay(new ApiClient(sql.baseUri()));
        }
        List<String> onMongo;
        try (RunningService mongo = Databases.serviceOnEmbeddedMongo()) {
            onMongo = replay(new ApiClient(mongo.baseUri()));
        }

        assertThat(onMongo).hasSize(onSql.size());
        for (int i = 0; i < onSql.size(); i++) {
            assertThat(onMongo.get(i)).as("answer %d", i + 1).isEqualTo(onSql.get(i));
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

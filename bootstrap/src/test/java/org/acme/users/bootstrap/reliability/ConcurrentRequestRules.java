package org.acme.users.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** 64 requests on one user or one address at the same moment: API.md's answers, and no lost update. */
public interface ConcurrentRequestRules extends ClientOfTheService {

    int PARALLEL = 64;

    @Test
    @Timeout(120)
    default void letsExactlyOneOf64ParallelRegistrationsOfOneAddressWinAndRefusesTheOthersWith409() {
        String email = UserJson.uniqueEmail();

        List<Reply> replies = Parallel.send(PARALLEL,
                i -> client().postJson("/api/users", UserJson.of(email, "Contender " + i)));

        assertThat(replies).extracting(Reply::status).as("%s", replies).containsOnly(201, 409).containsOnlyOnce(201);
        Reply winner = replies.stream().filter(Reply::isSuccess).findFirst().orElseThrow();
        Reply found = client().get("/api/users?email=" + email);
        assertThat(found.json().get("items")).singleElement()
                .satisfies(user -> assertThat(user.get("name").asString()).isEqualTo(winner.text("name")));
    }

    @Test
    @Timeout(120)
    default void letsExactlyOneOf64ParallelChangesWithTheSameIfMatchWinAndRefusesTheOthersWith412() {
        String location = registered("Before").header("Location");

        List<Reply> replies = Parallel.send(PARALLEL, i -> client().putJson(location,
                UserJson.of(UserJson.uniqueEmail(), "Changer " + i), "If-Match", "\"0\""));

        assertThat(replies).extracting(Reply::status).as("%s", replies).containsOnly(200, 412).containsOnlyOnce(200);
        Reply winner = replies.stream().filter(Reply::isSuccess).findFirst().orElseThrow();
        assertThat(client().get(location).body()).isEqualTo(winner.body());
    }

    @Test
    @Timeout(120)
    default void applies64ParallelChangesWithoutIfMatchEachOnTheVersionBeforeSoNoneIsLost() {
        String location = registered("Before").header("Location");

        List<Reply> replies = Parallel.send(PARALLEL, i -> client().putJson(location,
                UserJson.of(UserJson.uniqueEmail(), "Changer " + i)));

        assertThat(replies).extracting(Reply::status).as("%s", replies).containsOnly(200);
        assertThat(replies).extracting(reply -> reply.json().get("version").asLong())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, PARALLEL).mapToObj(Long::valueOf).toList());
        Reply last = replies.stream().filter(reply -> reply.json().get("version").asLong() == PARALLEL)
                .findFirst().orElseThrow();
        assertThat(client().get(location).body()).isEqualTo(last.body());
    }

    private Reply registered(String name) {
        Reply created = client().postJson("/api/users", UserJson.of(UserJson.uniqueEmail(), name));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created;
    }
}

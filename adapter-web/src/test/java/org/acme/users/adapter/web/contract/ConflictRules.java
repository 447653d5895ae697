package org.acme.users.adapter.web.contract;

import static org.acme.users.adapter.web.contract.ApiClient.uniqueEmail;
import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An address belongs to one user only (409), compared after normalisation, also under concurrent requests. */
interface ConflictRules extends ApiRules {

    int CONTENDERS = 8;

    @Test
    default void refusesAnAddressAlreadyUsedInAnyCaseWith409() {
        String email = uniqueEmail();
        api().postJson("/api/users", userJson(email, "First"));

        assertProblem(api().postJson("/api/users", userJson(" " + email.toUpperCase(), "Second")), 409);
        assertThat(api().get("/api/users?email=" + email).json().get("items").get(0).get("name").asString())
                .isEqualTo("First");
    }

    @Test
    default void refusesToChangeAUserToAnotherUsersAddressWith409AndChangesNothing() {
        ApiResponse taken = registered("Owner");
        ApiResponse other = registered("Other");

        assertProblem(api().putJson(other.header("Location"), userJson(taken.text("email"), "Thief")), 409);
        assertThat(api().get(other.header("Location")).body()).isEqualTo(other.body());
    }

    @Test
    default void letsExactlyOneOfManyConcurrentRegistrationsOfOneAddressWin() throws Exception {
        String email = uniqueEmail();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService contenders = Executors.newFixedThreadPool(CONTENDERS);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < CONTENDERS; i++) {
                String name = "Contender " + i;
                statuses.add(contenders.submit(() -> {
                    start.await();
                    return api().postJson("/api/users", userJson(email, name)).status();
                }));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get(60, TimeUnit.SECONDS));
            }

            assertThat(answers).containsOnly(201, 409).containsOnlyOnce(201);
            assertThat(api().get("/api/users?email=" + email).json().get("items")).hasSize(1);
        } finally {
            contenders.shutdownNow();
        }
    }
}

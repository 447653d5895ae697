package org.acme.users.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * Thousands of generated hostile requests, reproducible from their seed: none gets a server error, every error is
 * problem details without the service's insides, and none of them changes what is stored.
 */
interface HostileInputRules extends ReliabilityRules {

    /** {@code -Dfuzz.requests=50000} for a longer run; the default suits CI. */
    String COUNT_PROPERTY = "fuzz.requests";
    int DEFAULT_COUNT = 2_000;
    int FINDINGS_SHOWN = 25;

    /** Statuses a request sent as raw bytes may get beyond its own; with AUTH=jwt it carries no token: 401. */
    default Set<Integer> alsoAllowedForRawBytes() {
        return Set.of();
    }

    @Test
    @Timeout(1_800)
    default void answersThousandsOfHostileRequestsAsApiMdSaysAndChangesNothing() {
        long seed = Seeds.seed();
        int count = Integer.getInteger(COUNT_PROPERTY, DEFAULT_COUNT);
        FuzzTargets targets = storeTargets();
        Map<String, JsonNode> before = StoredUsers.read(client());
        List<HostileRequest> catalogue = ProtocolAbuse.catalogue(targets);
        HostileRequests generator = new HostileRequests(targets);
        Random random = new Random(seed);
        List<String> findings = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int raw = 0;
        long start = System.nanoTime();

        for (int i = 0; i < count; i++) {
            HostileRequest request = i < catalogue.size() ? catalogue.get(i) : generator.next(random);
            Reply reply = send(request);
            raw += request.raw() != null ? 1 : 0;
            statuses.merge(reply.status(), 1, Integer::sum);
            int index = i;
            Set<Integer> alsoAllowed = request.raw() != null ? alsoAllowedForRawBytes() : Set.of();
            FuzzVerdict.findings(request, reply, alsoAllowed).forEach(finding -> findings.add("#" + index + " " + request + "\n    -> " + finding));
        }

        Map<String, JsonNode> after = StoredUsers.read(client());
        System.out.printf("Hostile input (seed %d): %d requests (%d as raw bytes) in %d ms; statuses %s; %d findings%n",
                seed, count, raw, Duration.ofNanos(System.nanoTime() - start).toMillis(), statuses, findings.size());
        assertThat(findings.subList(0, Math.min(FINDINGS_SHOWN, findings.size())))
                .as("%d findings; replay with -D%s=%d -D%s=%d", findings.size(), Seeds.PROPERTY, seed, COUNT_PROPERTY, count)
                .isEmpty();
        assertThat(after).as("stored users after %d refused requests (seed %d)", count, seed).isEqualTo(before);
    }

    private Reply send(HostileRequest request) {
        if (request.raw() != null) {
            return RawHttp.exchange(client().baseUri(), request.raw(), LoopbackClient.PROMPT);
        }
        BodyPublisher body = request.body() == null ? BodyPublishers.noBody()
                : request.chunked() ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body()))
                : BodyPublishers.ofByteArray(request.body());
        return client().send(request.method(), request.target(), body, request.headers().toArray(String[]::new));
    }

    /** Three users to aim at, one of them changed twice, and an id that nobody has. */
    private FuzzTargets storeTargets() {
        List<String> ids = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = "target-" + UUID.randomUUID() + "@example.com";
            Reply created = client().postJson("/api/users", UserJson.of(email, "Target " + i));
            assertThat(created.status()).as("%s", created).isEqualTo(201);
            ids.add(created.text("id"));
            emails.add(email);
        }
        for (int change = 1; change <= 2; change++) {
            Reply changed = client().putJson("/api/users/" + ids.get(2), UserJson.of(emails.get(2), "Changed " + change));
            assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        }
        String missing = "01936f0e-8c2a-7b3e-9a41-" + UUID.randomUUID().toString().substring(24);
        return new FuzzTargets(ids, List.of(0L, 0L, 2L), emails, missing);
    }
}

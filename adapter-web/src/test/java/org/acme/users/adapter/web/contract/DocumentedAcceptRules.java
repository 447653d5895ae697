package org.acme.users.adapter.web.contract;

import static org.acme.users.adapter.web.contract.ApiClient.uniqueEmail;
import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every operation is served with each {@code Accept} value that {@code /openapi.json} names for it, alone or all
 * together, as clients generated from the document send them: for a removal, whose only documented bodies are
 * problems, that is {@code application/problem+json}. None of them turns an answer into a 406.
 */
interface DocumentedAcceptRules extends ApiRules {

    Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    String MISSING_USER = "/api/users/01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b";

    @Test
    default void servesEveryOperationWithEveryAcceptValueTheDocumentNamesForIt() {
        Map<String, Set<String>> mediaTypes = documentedMediaTypes();
        SoftAssertions softly = new SoftAssertions();
        mediaTypes.forEach((operation, types) -> {
            for (String accept : acceptValues(types)) {
                Exchange exchange = successfulExchange(operation, accept);
                softly.assertThat(exchange.answer().status()).as("%s with Accept: %s -> %s", operation, accept,
                        exchange.answer().body()).isEqualTo(exchange.success());
                if (exchange.success() < 300 && !exchange.answer().body().isEmpty()) {
                    softly.assertThat(exchange.answer().contentType()).as("%s with Accept: %s", operation, accept)
                            .startsWith("application/json");
                }
            }
        });
        softly.assertAll();
        assertThat(mediaTypes).containsKeys("registerUser", "getUser", "deleteUser");
    }

    @Test
    default void answers404RatherThan406ForAMissingUserWithEveryAcceptValueTheDocumentNames() {
        Map<String, Set<String>> mediaTypes = documentedMediaTypes();
        for (String accept : acceptValues(mediaTypes.get("getUser"))) {
            assertProblem(api().get(MISSING_USER, "Accept", accept), 404);
        }
        for (String accept : acceptValues(mediaTypes.get("changeUser"))) {
            assertProblem(api().putJson(MISSING_USER, userJson(uniqueEmail(), "Nobody"), "Accept", accept), 404);
        }
        for (String accept : acceptValues(mediaTypes.get("deleteUser"))) {
            assertProblem(api().delete(MISSING_USER, "Accept", accept), 404);
        }
    }

    @Test
    default void removesAUserWhateverAcceptSaysBecauseA204HasNoBodyToNegotiate() {
        String location = registered("Removed").header("Location");

        assertThat(api().delete(location, "Accept", "text/plain").status()).isEqualTo(204);
        assertProblem(api().get(location), 404);
    }

    /** A request of the operation that succeeds, sent with {@code accept}, and the status of that success. */
    private Exchange successfulExchange(String operation, String accept) {
        return switch (operation) {
            case "registerUser" -> new Exchange(
                    api().postJson("/api/users", userJson(uniqueEmail(), "Accepting"), "Accept", accept), 201);
            case "listUsers" -> new Exchange(api().get("/api/users?limit=1", "Accept", accept), 200);
            case "getUser" -> new Exchange(api().get(registered("Read").header("Location"), "Accept", accept), 200);
            case "changeUser" -> new Exchange(api().putJson(registered("Changed").header("Location"),
                    userJson(uniqueEmail(), "Changed again"), "Accept", accept), 200);
            case "deleteUser" -> new Exchange(api().delete(registered("Deleted").header("Location"), "Accept", accept),
                    204);
            case "checkHealth" -> new Exchange(api().get("/health", "Accept", accept), 200);
            // The contract runs without authentication, where nobody owns a user: the documented answer is a 404.
            case "getOwnUser" -> new Exchange(api().get("/api/users/me", "Accept", accept), 404);
            default -> throw new AssertionError("openapi.json documents an operation this rule does not know: "
                    + operation + "; add a request that succeeds");
        };
    }

    /** For each operation id, the media types of the bodies its documented responses can have. */
    private Map<String, Set<String>> documentedMediaTypes() {
        JsonNode document = api().get("/openapi.json").json();
        Map<String, Set<String>> mediaTypes = new TreeMap<>();
        for (JsonNode path : document.get("paths")) {
            for (String method : path.propertyNames()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonNode operation = path.get(method);
                Set<String> types = new TreeSet<>();
                for (JsonNode response : operation.get("responses")) {
                    types.addAll(resolved(document, response).path("content").propertyNames());
                }
                mediaTypes.put(operation.get("operationId").asString(), types);
            }
        }
        return mediaTypes;
    }

    private static JsonNode resolved(JsonNode document, JsonNode node) {
        JsonNode reference = node.get("$ref");
        return reference == null ? node : resolved(document, document.at(reference.asString().substring(1)));
    }

    /** Each type alone, then all of them in one header. */
    private static List<String> acceptValues(Set<String> types) {
        List<String> values = new ArrayList<>(types);
        if (types.size() > 1) {
            values.add(String.join(", ", types));
        }
        return values;
    }

    /** An answer and the status that means the operation was served. */
    record Exchange(ApiResponse answer, int success) {
    }
}

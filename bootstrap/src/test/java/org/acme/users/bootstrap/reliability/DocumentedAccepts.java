package org.acme.users.bootstrap.reliability;

import static org.acme.users.bootstrap.reliability.HostileText.any;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates a request of each operation the OpenAPI document lists, with an {@code Accept} value the document names
 * for that operation (one media type, all of them, or one with a quality value), as clients generated from the
 * document send them. None may be a 406. Each is a read, or a write that a stale If-Match, a taken address or a
 * missing user refuses, so none changes what is stored.
 */
final class DocumentedAccepts {

    private static final String DOCUMENT = "org/acme/users/adapter/web/api/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final String JSON = "application/json";

    private final FuzzTargets targets;
    private final Map<String, List<String>> acceptValues;
    private int freshAddresses;

    DocumentedAccepts(FuzzTargets targets) {
        this.targets = targets;
        this.acceptValues = acceptValuesByOperation(readDocument());
    }

    HostileRequest next(Random random) {
        String operation = any(random, List.copyOf(acceptValues.keySet()));
        String accept = any(random, acceptValues.get(operation));
        int user = random.nextInt(targets.ids().size());
        String item = "/api/users/" + targets.ids().get(user);
        String missing = "/api/users/" + targets.missingId();
        String stale = "\"" + (targets.versions().get(user) + 1) + "\"";
        List<String> headers = List.of("Accept", accept);
        List<String> staleRemoval = List.of("Accept", accept, "If-Match", stale);
        List<String> write = List.of("Accept", accept, "Content-Type", JSON);
        List<String> staleWrite = List.of("Accept", accept, "Content-Type", JSON, "If-Match", stale);
        String said = operation + " with Accept: " + accept;
        boolean onMissing = random.nextBoolean();
        return switch (operation) {
            case "registerUser" -> HostileRequest.of(said + ", a taken address", "POST", "/api/users", write,
                    UserJson.of(targets.emails().get(user), "Taken"), Set.of(409));
            case "listUsers" -> HostileRequest.of(said, "GET", "/api/users?limit=" + (1 + random.nextInt(100)), headers,
                    null, Set.of(200));
            case "getUser" -> onMissing
                    ? HostileRequest.of(said + ", a missing user", "GET", missing, headers, null, Set.of(404))
                    : HostileRequest.of(said, "GET", item, headers, null, Set.of(200));
            case "changeUser" -> onMissing
                    ? HostileRequest.of(said + ", a missing user", "PUT", missing, write, UserJson.of(freshEmail(), "Nobody"),
                            Set.of(404))
                    : HostileRequest.of(said + ", a stale If-Match", "PUT", item, staleWrite,
                            UserJson.of(targets.emails().get(user), "Stale"), Set.of(412));
            case "deleteUser" -> onMissing
                    ? HostileRequest.of(said + ", a missing user", "DELETE", missing, headers, null, Set.of(404))
                    : HostileRequest.of(said + ", a stale If-Match", "DELETE", item, staleRemoval, null, Set.of(412));
            case "checkHealth" -> HostileRequest.of(said, "GET", "/health", headers, null, Set.of(200));
            // Nobody owns a user here: without authentication, and for the admin whose token the JWT run sends.
            case "getOwnUser" -> HostileRequest.of(said, "GET", "/api/users/me", headers, null, Set.of(404));
            default -> throw new IllegalStateException("openapi.json documents the operation " + operation
                    + ", for which DocumentedAccepts has no request yet");
        };
    }

    /** An address nobody has: it is only ever sent in writes that are refused. */
    private String freshEmail() {
        return "accept-" + freshAddresses++ + "@example.com";
    }

    private static JsonNode readDocument() {
        try (InputStream in = DocumentedAccepts.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the class path");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For each operation id: each media type its responses name, then all of them, then each with a quality value. */
    private static Map<String, List<String>> acceptValuesByOperation(JsonNode document) {
        Map<String, List<String>> values = new TreeMap<>();
        for (JsonNode path : document.get("paths")) {
            for (String method : path.propertyNames()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                Set<String> types = new TreeSet<>();
                for (JsonNode response : path.get(method).get("responses")) {
                    types.addAll(resolved(document, response).path("content").propertyNames());
                }
                List<String> accepts = new ArrayList<>(types);
                accepts.add(String.join(", ", types));
                types.forEach(type -> accepts.add(type + ";q=0.8"));
                values.put(path.get(method).get("operationId").asString(), List.copyOf(accepts));
            }
        }
        return values;
    }

    private static JsonNode resolved(JsonNode document, JsonNode node) {
        JsonNode reference = node.get("$ref");
        return reference == null ? node : resolved(document, document.at(reference.asString().substring(1)));
    }
}

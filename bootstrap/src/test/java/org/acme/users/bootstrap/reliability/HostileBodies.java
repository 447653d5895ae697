package org.acme.users.bootstrap.reliability;

import static org.acme.users.bootstrap.reliability.HostileText.any;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates writes whose body the service must refuse: not JSON (400), the wrong JSON types (400), over 64 KiB
 * (413), nested thousands deep (400), or fields that break API.md's rules (422); sent as a registration or as a
 * change of a stored or a missing user, since the body is judged before the user is looked up.
 */
final class HostileBodies {

    private static final Set<Integer> MALFORMED = Set.of(400);
    private static final List<String> JSON_TYPE = List.of("Content-Type", "application/json");
    private static final int LIMIT_BYTES = 64 * 1024;

    private final FuzzTargets targets;
    private int freshAddresses;

    HostileBodies(FuzzTargets targets) {
        this.targets = targets;
    }

    HostileRequest next(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> malformedJson(random);
            case 1 -> wrongTypes(random);
            case 2 -> tooLarge(random);
            case 3 -> deeplyNested(random);
            default -> ruleBreaking(random);
        };
    }

    /** An address that nobody has and never will, since every write that carries it is refused. */
    String validEmail(Random random) {
        return "fuzz-" + random.nextInt(1_000_000) + "-" + freshAddresses++ + "@example.com";
    }

    private HostileRequest malformedJson(Random random) {
        String valid = UserJson.of(validEmail(random), any(random, HostileText.VALID_EDGE_NAMES));
        String body = switch (random.nextInt(4)) {
            case 0 -> any(random, HostileText.MALFORMED_JSON);
            case 1 -> valid.substring(0, random.nextInt(valid.length()));
            case 2 -> valid + any(random, List.of("x", "}", "]", "{}", ",", "\"", "0", "null", "{\"email\":1}"));
            default -> any(random, List.of("x", "]", "'", "//", "#", "\u0000")) + valid;
        };
        return withBody("malformed JSON", random, body, MALFORMED);
    }

    private HostileRequest wrongTypes(Random random) {
        if (random.nextInt(4) == 0) {
            String body = any(random, List.of("{\"email\":null,\"name\":null}", "{}", "{\"email\":\"a@b.c\"}",
                    "{\"name\":\"Ada\"}", "{\"email\":null,\"name\":\"Ada\"}", "{\"email\":\"a@b.c\",\"name\":null}"));
            return withBody("missing or null fields", random, body, Set.of(422));
        }
        String email = random.nextBoolean() ? any(random, HostileText.WRONG_TYPES) : UserJson.quoted(validEmail(random));
        String name = random.nextBoolean() ? any(random, HostileText.WRONG_TYPES) : UserJson.quoted("Ada");
        if (email.startsWith("\"") && name.startsWith("\"")) {
            name = any(random, HostileText.WRONG_TYPES);
        }
        return withBody("wrong JSON types", random, "{\"email\":" + email + ",\"name\":" + name + "}", MALFORMED);
    }

    private HostileRequest tooLarge(Random random) {
        int size = LIMIT_BYTES + 1 + random.nextInt(4 * LIMIT_BYTES);
        String filler = switch (random.nextInt(3)) {
            case 0 -> "x".repeat(size);
            case 1 -> " ".repeat(size);
            default -> "é😀".repeat(size / 6 + 1);
        };
        HostileRequest request = withBody("body over 64 KiB", random, UserJson.of("a@b.c", filler), Set.of(413));
        return random.nextBoolean() ? request.inChunks() : request;
    }

    private HostileRequest deeplyNested(Random random) {
        int depth = 1_000 + random.nextInt(9_001);
        String arrays = "[".repeat(depth) + "]".repeat(depth);
        String body = switch (random.nextInt(4)) {
            case 0 -> arrays;
            case 1 -> "{\"email\":\"a@b.c\",\"name\":" + arrays + "}";
            case 2 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            default -> "[".repeat(depth * 3);
        };
        return withBody("nested " + depth + " deep", random, body, MALFORMED);
    }

    private HostileRequest ruleBreaking(Random random) {
        String email = random.nextBoolean() ? any(random, HostileText.INVALID_EMAILS) : validEmail(random);
        List<String> names = email.contains("@") && !HostileText.INVALID_EMAILS.contains(email)
                ? HostileText.INVALID_NAMES
                : random.nextBoolean() ? HostileText.VALID_EDGE_NAMES : HostileText.INJECTIONS;
        return withBody("fields breaking the rules", random, UserJson.of(email, any(random, names)), Set.of(422));
    }

    /** POST a new user or PUT an existing or missing one, with {@code body} as JSON. */
    private HostileRequest withBody(String description, Random random, String body, Set<Integer> allowed) {
        String path = switch (random.nextInt(3)) {
            case 0 -> "/api/users";
            case 1 -> "/api/users/" + targets.ids().get(random.nextInt(targets.ids().size()));
            default -> "/api/users/" + targets.missingId();
        };
        return HostileRequest.of(description, path.equals("/api/users") ? "POST" : "PUT", path, JSON_TYPE, body, allowed);
    }
}

package org.acme.users.bootstrap.reliability;

import static org.acme.users.bootstrap.reliability.HostileText.any;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates requests that the service must refuse, each with the statuses API.md allows for it: through
 * {@link HostileBodies}, bodies it cannot take; valid writes of every Unicode edge and injection text that a stale
 * If-Match or a taken address must stop; malformed ids (also with path parameters), cursors and limits; escapes of
 * bytes that are not UTF-8; wrong methods and content types; abused headers; through {@link DocumentedAccepts},
 * every operation with every Accept value the OpenAPI document names for it; and, through {@link ProtocolAbuse},
 * bytes that are not HTTP and targets no HTTP client sends.
 */
final class HostileRequests {

    private static final Set<Integer> MALFORMED = Set.of(400);
    private static final Set<Integer> JSON_ONLY = Set.of(415);
    private static final List<String> JSON_TYPE = List.of("Content-Type", "application/json");

    private final FuzzTargets targets;
    private final HostileBodies bodies;
    private final DocumentedAccepts accepts;

    HostileRequests(FuzzTargets targets) {
        this.targets = targets;
        this.bodies = new HostileBodies(targets);
        this.accepts = new DocumentedAccepts(targets);
    }

    HostileRequest next(Random random) {
        return switch (random.nextInt(11)) {
            case 0, 1 -> bodies.next(random);
            case 2 -> staleIfMatch(random);
            case 3 -> takenAddress(random);
            case 4 -> malformedId(random);
            case 5 -> random.nextBoolean() ? malformedQuery(random) : notUtf8Escape(random);
            case 6 -> random.nextBoolean() ? wrongMethod(random) : wrongContentType(random);
            case 7 -> abusedHeaders(random);
            case 8 -> accepts.next(random);
            default -> ProtocolAbuse.any(random, targets);
        };
    }

    /** A valid write of edge-case text, refused because If-Match never names the current version. */
    private HostileRequest staleIfMatch(Random random) {
        int user = random.nextInt(targets.ids().size());
        long version = targets.versions().get(user);
        List<String> headers = new ArrayList<>(JSON_TYPE);
        String tag = any(random, List.of("\"" + (version + 1 + random.nextInt(1_000_000)) + "\"", "W/\"" + version + "\"",
                "\"0" + version + "\"", "\"abc\"", "\"\"", "\"" + (version + 1) + "\", \"" + (version + 2) + "\"",
                "\"" + "9".repeat(25) + "\"", "\"" + "a".repeat(3_000) + "\"", "W/\"" + (version + 1) + "\", W/\"" + version + "\""));
        headers.addAll(List.of("If-Match", tag));
        if (random.nextInt(4) == 0) {
            headers.addAll(List.of("If-Match", "\"" + (version + 7) + "\""));
        }
        String path = "/api/users/" + targets.ids().get(user);
        if (random.nextInt(4) == 0) {
            return HostileRequest.of("removal with a stale If-Match " + tag, "DELETE", path, headers.subList(2, headers.size()),
                    null, Set.of(412));
        }
        String email = random.nextBoolean() ? any(random, HostileText.VALID_EDGE_EMAILS) : bodies.validEmail(random);
        return HostileRequest.of("change with a stale If-Match " + tag, "PUT", path, headers,
                UserJson.of(email, any(random, HostileText.VALID_EDGE_NAMES)), Set.of(412));
    }

    /** A valid write refused because another user has the address, in whatever case and spacing. */
    private HostileRequest takenAddress(Random random) {
        int owner = random.nextInt(targets.ids().size());
        String email = targets.emails().get(owner);
        String variant = any(random, List.of(email.toUpperCase(Locale.ROOT), " " + email + " ", "\t" + email,
                email.substring(0, 1).toUpperCase(Locale.ROOT) + email.substring(1), email + "\u00A0"));
        String body = UserJson.of(variant, any(random, HostileText.VALID_EDGE_NAMES));
        if (random.nextBoolean()) {
            return HostileRequest.of("registration with a taken address", "POST", "/api/users", JSON_TYPE, body, Set.of(409));
        }
        String other = targets.ids().get((owner + 1 + random.nextInt(targets.ids().size() - 1)) % targets.ids().size());
        return HostileRequest.of("change to a taken address", "PUT", "/api/users/" + other, JSON_TYPE, body, Set.of(409));
    }

    private HostileRequest malformedId(Random random) {
        String id = switch (random.nextInt(4)) {
            case 0 -> any(random, HostileText.MALFORMED_IDS);
            case 1 -> any(random, HostileText.INJECTIONS);
            case 2 -> targets.missingId().toUpperCase(Locale.ROOT);
            default -> randomJunk(random);
        };
        // Path parameters change nothing: the id is judged alone.
        String parameters = random.nextInt(3) == 0 ? any(random, HostileText.PATH_PARAMETERS) : "";
        String path = "/api/users/" + pathSegment(id) + parameters;
        Set<Integer> refused = Set.of(400, 404, 405);
        return switch (random.nextInt(3)) {
            case 0 -> HostileRequest.of("read of a malformed id", "GET", path, List.of(), null, refused);
            case 1 -> HostileRequest.of("removal of a malformed id", "DELETE", path, List.of(), null, refused);
            default -> HostileRequest.of("change of a malformed id", "PUT", path, JSON_TYPE,
                    UserJson.of(bodies.validEmail(random), "Ada"), refused);
        };
    }

    private HostileRequest malformedQuery(Random random) {
        String limit = "limit=" + query(any(random, HostileText.MALFORMED_LIMITS));
        String cursor = "cursor=" + query(any(random, HostileText.MALFORMED_CURSORS));
        String email = "email=" + query(any(random, random.nextBoolean() ? HostileText.INJECTIONS : HostileText.VALID_EDGE_EMAILS));
        return switch (random.nextInt(6)) {
            case 0 -> listing(limit, MALFORMED);
            case 1 -> listing(cursor, MALFORMED);
            case 2 -> listing(limit + "&" + cursor, MALFORMED);
            case 3 -> listing("limit=5&limit=7", MALFORMED);
            case 4 -> listing(email + "&" + limit, MALFORMED);
            default -> listing(email, Set.of(200)).listingNobody();
        };
    }

    /** A well-formed escape of bytes that are not UTF-8 where the id, a query parameter or a path parameter goes. */
    private HostileRequest notUtf8Escape(Random random) {
        String escape = any(random, HostileText.NOT_UTF8_ESCAPES);
        String item = "/api/users/" + targets.ids().get(random.nextInt(targets.ids().size()));
        return switch (random.nextInt(4)) {
            case 0 -> HostileRequest.of("id of escaped bytes that are not UTF-8", "GET", "/api/users/" + escape, List.of(),
                    null, MALFORMED);
            case 1 -> listing(any(random, List.of("email=", "cursor=", "limit=")) + escape, MALFORMED);
            case 2 -> HostileRequest.of("query of escaped bytes that are not UTF-8", "GET", "/health?check=" + escape,
                    List.of(), null, MALFORMED);
            default -> HostileRequest.of("path parameter of escaped bytes that are not UTF-8", "GET",
                    item + ";a=" + escape, List.of(), null, Set.of(200, 400));
        };
    }

    private HostileRequest wrongMethod(Random random) {
        String item = "/api/users/" + targets.ids().get(random.nextInt(targets.ids().size()));
        String[] pair = any(random, List.of(new String[] {"PATCH", item}, new String[] {"POST", item},
                new String[] {"FOO", item}, new String[] {"PROPFIND", item}, new String[] {"PUT", "/api/users"},
                new String[] {"DELETE", "/api/users"}, new String[] {"PATCH", "/api/users"}, new String[] {"POST", "/health"},
                new String[] {"PUT", "/health"}, new String[] {"DELETE", "/health"}));
        return HostileRequest.of("method not served", pair[0], pair[1], JSON_TYPE,
                UserJson.of(bodies.validEmail(random), "Ada"), Set.of(405));
    }

    private HostileRequest wrongContentType(Random random) {
        String body = UserJson.of(bodies.validEmail(random), any(random, HostileText.VALID_EDGE_NAMES));
        if (random.nextBoolean()) {
            String type = any(random, List.of("text/plain", "application/xml", "text/json", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "application/octet-stream", "application/jsonx", "json", ";;;", "*/*",
                    "text/html; charset=utf-8"));
            if (random.nextInt(4) == 0) {
                String charset = any(random, List.of("bogus", "utf-9", "bad!name", "\"two words\"", "x".repeat(200), "utf-8,"));
                return HostileRequest.of("registration in an unreadable charset " + charset, "POST", "/api/users",
                        List.of("Content-Type", "application/json; charset=" + charset), body, MALFORMED);
            }
            return HostileRequest.of("registration sent as " + type, "POST", "/api/users", List.of("Content-Type", type),
                    body, JSON_ONLY);
        }
        int user = random.nextInt(targets.ids().size());
        List<String> headers = any(random, List.of(List.of("Content-Type", "application/merge-patch+json"),
                List.of("Content-Type", "APPLICATION/JSON"), List.of("Content-Type", "application/json; charset=UTF-16"),
                List.of("Content-Type", "application/json, text/plain"), List.of("Content-Type", "application/json; q=0"),
                List.of("Content-Type", "text/plain", "Content-Type", "application/json"),
                List.of("Content-Type", "application/json", "Content-Type", "text/plain"),
                List.of("Content-Type", "application/json", "Content-Encoding", "gzip")));
        List<String> guarded = new ArrayList<>(headers);
        guarded.addAll(List.of("If-Match", "\"" + (targets.versions().get(user) + 1) + "\""));
        return HostileRequest.of("guarded change sent with " + headers, "PUT", "/api/users/" + targets.ids().get(user),
                guarded, body, Set.of(400, 412, 415));
    }

    private HostileRequest abusedHeaders(Random random) {
        String item = "/api/users/" + targets.ids().get(random.nextInt(targets.ids().size()));
        return switch (random.nextInt(4)) {
            case 0 -> HostileRequest.of("oversized header", "GET", item,
                    List.of("X-Padding", "p".repeat(9_000 + random.nextInt(20_000))), null, Set.of(400, 413, 431));
            case 1 -> {
                List<String> many = new ArrayList<>();
                for (int i = 0; i < 101 + random.nextInt(200); i++) {
                    many.addAll(List.of("X-Header-" + i, "v"));
                }
                yield HostileRequest.of("too many headers", "GET", item, many, null, Set.of(400, 431));
            }
            case 2 -> HostileRequest.of("odd Accept", "GET", item, List.of("Accept", any(random, List.of("application/xml",
                    ";;;", "*/*;q=x", "application/json;q=0", "text/html", "application/*+xml", "image/png, text/csv"))),
                    null, Set.of(200, 400, 406));
            default -> HostileRequest.of("odd request id", "GET", item, List.of("X-Request-Id", any(random,
                    List.of("x".repeat(500), "a b c", "<script>", "' OR 1=1", "%0d%0aX-Injected: 1", "id;rm -rf /"))),
                    null, Set.of(200));
        };
    }

    private HostileRequest listing(String query, Set<Integer> allowed) {
        return HostileRequest.of("listing with " + query, "GET", "/api/users?" + query, List.of(), null, allowed);
    }

    private static String randomJunk(Random random) {
        String alphabet = "0123456789abcdefABCDEF-_{}[]$%.;:=+~!*'()@&,é😀\u0000\u202E ";
        StringBuilder junk = new StringBuilder();
        int length = 1 + random.nextInt(60);
        for (int i = 0; i < length; i++) {
            junk.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return junk.toString();
    }

    private static String pathSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

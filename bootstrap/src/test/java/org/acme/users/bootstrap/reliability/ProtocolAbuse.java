package org.acme.users.bootstrap.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Requests as raw bytes, for what no HTTP client sends: broken request lines and headers, bytes that are not
 * UTF-8, broken %-escapes in the path, in path parameters (after a {@code ;} in a segment, which the API otherwise
 * ignores) and in the query, conflicting lengths and codings. API.md's answers hold here too; the only 5xx allowed
 * are the two that HTTP itself prescribes for what a server does not implement (501: CONNECT, an unknown transfer
 * coding) or an HTTP version it does not speak (505).
 */
final class ProtocolAbuse {

    private static final String HEAD = "Host: 127.0.0.1\r\nConnection: close\r\n";
    private static final Set<Integer> MALFORMED = Set.of(400);
    private static final String VALID_BODY = "{\"email\":\"raw@example.com\",\"name\":\"Raw\"}";
    /** What a path parameter may hold unescaped, and the makings of escapes, well-formed or not. */
    private static final String PATH_PARAMETER_CHARS = "aZ09-._~!$&'()*+,;=:@%%%CcEeFf8";
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /** A path that a GET is served at, and the status it gets. */
    private record Route(String path, int status) {
    }

    private ProtocolAbuse() {
    }

    /** Every kind once, in a fixed order. */
    static List<HostileRequest> catalogue(FuzzTargets targets) {
        String item = "/api/users/" + targets.ids().get(0);
        List<HostileRequest> all = new ArrayList<>(List.of(
                raw("no request line", "GARBAGE\r\n\r\n", MALFORMED),
                raw("no Host header", "GET /api/users HTTP/1.1\r\nConnection: close\r\n\r\n", MALFORMED),
                raw("HTTP/1.9", "GET /api/users HTTP/1.9\r\n" + HEAD + "\r\n", Set.of(505)),
                raw("HTTP/2.0 in a text request line", "GET /api/users HTTP/2.0\r\n" + HEAD + "\r\n", Set.of(505)),
                get("space in a header name", "/api/users", "Bad Header: x\r\n", MALFORMED),
                get("NUL in a header value", "/api/users", "X-A: a\u0000b\r\n", MALFORMED),
                get("header line without colon", "/api/users", "NoColon\r\n", MALFORMED),
                get("bare CR in a header value", "/api/users", "X-A: a\rb\r\n", MALFORMED),
                get("obsolete line folding", "/api/users", "X-A: a\r\n folded\r\n", Set.of(200, 400)),
                get("Latin-1 bytes in a header value", "/api/users", "X-A: \u00ff\u00e9\r\n", Set.of(200, 400)),
                get("UTF-8 bytes in the request id", item, "X-Request-Id: \u00c3\u00a9t\u00c3\u00a9\r\n", Set.of(200)),
                get("raw bytes in the path", "/api/users/\u00ff\u00fe", "", MALFORMED),
                get("escaped bytes that are not UTF-8 in the path", "/api/users/%C3%28", "", MALFORMED),
                get("escaped NUL in the path", "/api/users/%00", "", MALFORMED),
                get("escaped slashes in the path", "/api/users/..%2f..%2fhealth", "", MALFORMED),
                get("broken escape in the query", "/api/users?email=%zz", "", MALFORMED),
                get("escaped bytes that are not UTF-8 in the query", "/api/users?limit=%C3%28", "", MALFORMED),
                get("lone % in the query", "/api/users?cursor=%", "", MALFORMED),
                get("1500 query parameters", "/api/users?" + "a=1&".repeat(1_500), "", MALFORMED),
                get("request line over 8 KiB", "/api/users/" + "a".repeat(9_000), "", Set.of(400, 414)),
                get("300 headers", "/api/users", "X-H: v\r\n".repeat(300), Set.of(400, 431)),
                raw("TRACE", "TRACE /api/users HTTP/1.1\r\n" + HEAD + "\r\n", Set.of(405)),
                raw("CONNECT", "CONNECT 127.0.0.1:5432 HTTP/1.1\r\n" + HEAD + "\r\n", Set.of(501)),
                raw("lower-case method", "get /api/users HTTP/1.1\r\n" + HEAD + "\r\n", Set.of(405)),
                raw("space inside the method", "G ET /api/users HTTP/1.1\r\n" + HEAD + "\r\n", MALFORMED),
                raw("OPTIONS *", "OPTIONS * HTTP/1.1\r\n" + HEAD + "\r\n", Set.of(200)),
                raw("absolute URI of another host", "GET http://elsewhere.example/api/users HTTP/1.1\r\n" + HEAD + "\r\n",
                        MALFORMED),
                raw("HEAD of a malformed id", "HEAD /api/users/nope HTTP/1.1\r\n" + HEAD + "\r\n", MALFORMED),
                post("two different Content-Length", "Content-Length: 2\r\nContent-Length: 7\r\n", "{}", MALFORMED),
                post("Content-Length and chunked", "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n",
                        MALFORMED),
                post("chunk size that is no number", "Transfer-Encoding: chunked\r\n", "zz\r\nabc\r\n0\r\n\r\n", MALFORMED),
                post("gzip transfer coding", "Transfer-Encoding: gzip\r\n", "abc", Set.of(501)),
                post("negative Content-Length", "Content-Length: -1\r\n", "", MALFORMED),
                post("Content-Length that is no number", "Content-Length: abc\r\n", "", MALFORMED),
                post("Content-Length of 100 GB", "Content-Length: 99999999999\r\n", "", Set.of(413)),
                post("body shorter than its Content-Length", "Content-Length: 100\r\n", "{\"email\":", MALFORMED),
                post("body longer than its Content-Length", "Content-Length: 2\r\n", "{}GARBAGE", Set.of(422)),
                post("unknown expectation", "Expect: 100-banana\r\nContent-Length: 2\r\n", "{}", Set.of(417)),
                post("raw NUL inside a string", null, "{\"email\":\"a@b.c\",\"name\":\"a\u0000b\"}", MALFORMED),
                post("byte order mark before a rule-breaking body", null, "\u00ef\u00bb\u00bf{\"email\":\"no-at\",\"name\":\"x\"}",
                        Set.of(422)),
                raw("two If-Match, one malformed", "PUT " + item + " HTTP/1.1\r\n" + HEAD
                        + "Content-Type: application/json\r\nIf-Match: \"999\"\r\nIf-Match: junk\r\nContent-Length: "
                        + VALID_BODY.length() + "\r\n\r\n" + VALID_BODY, MALFORMED),
                raw("If-Match * on a missing user", "DELETE /api/users/" + targets.missingId() + " HTTP/1.1\r\n" + HEAD
                        + "If-Match: *\r\n\r\n", Set.of(404))));
        all.addAll(escapes(targets));
        for (String bytes : List.of("\u00c3\u0028", "\u0080", "\u00c0\u00af", "\u00ed\u00a0\u0080", "\u00f5\u0080\u0080\u0080",
                "\u00ff", "\u00e2\u0082")) {
            all.add(post("name with bytes that are not UTF-8", null, "{\"email\":\"a@b.c\",\"name\":\"x" + bytes + "y\"}",
                    Set.of(400, 422)));
        }
        return all;
    }

    /**
     * Each broken escape in the path parameters of a route, each well-formed set of path parameters on one, and
     * each escape of bytes that are not UTF-8 in the path and in the query.
     */
    private static List<HostileRequest> escapes(FuzzTargets targets) {
        List<Route> routes = routes(targets);
        List<HostileRequest> all = new ArrayList<>();
        for (int i = 0; i < HostileText.BROKEN_ESCAPES.size(); i++) {
            Route route = routes.get(i % routes.size());
            String parameters = (i % 2 == 0 ? ";" : ";a=") + HostileText.BROKEN_ESCAPES.get(i);
            all.add(get("broken escape in path parameters", route.path() + parameters, "", MALFORMED));
        }
        for (int i = 0; i < HostileText.PATH_PARAMETERS.size(); i++) {
            Route route = routes.get(i % routes.size());
            all.add(get("path parameters, ignored", route.path() + HostileText.PATH_PARAMETERS.get(i), "",
                    Set.of(route.status())));
        }
        for (int i = 0; i < HostileText.NOT_UTF8_ESCAPES.size(); i++) {
            String escape = HostileText.NOT_UTF8_ESCAPES.get(i);
            String target = switch (i % 3) {
                case 0 -> "/api/users/" + escape;
                case 1 -> "/api/users?email=" + escape + "%40example.com";
                default -> "/health?check=" + escape;
            };
            all.add(get("escaped bytes that are not UTF-8", target, "", MALFORMED));
        }
        all.add(raw("path parameters on a stale removal", "DELETE /api/users/" + targets.ids().get(0) + ";v=1 HTTP/1.1\r\n"
                + HEAD + "If-Match: \"" + (targets.versions().get(0) + 1) + "\"\r\n\r\n", Set.of(412)));
        all.add(raw("broken escape in the path parameters of a removal", "DELETE /api/users/" + targets.ids().get(0)
                + ";% HTTP/1.1\r\n" + HEAD + "\r\n", MALFORMED));
        return all;
    }

    /** Random path parameters on a route: refused if an escape in them is broken, else ignored. */
    private static HostileRequest pathParameters(Random random, FuzzTargets targets) {
        Route route = HostileText.any(random, routes(targets));
        String parameters = ";" + junk(random, PATH_PARAMETER_CHARS, 1 + random.nextInt(16));
        // Well-formed escapes of bytes that are not UTF-8 may be refused, or ignored with the parameters that hold them.
        Set<Integer> allowed = BROKEN_ESCAPE.matcher(parameters).find() ? MALFORMED
                : parameters.contains("%") ? Set.of(route.status(), 400) : Set.of(route.status());
        return get("random path parameters", route.path() + parameters, "", allowed);
    }

    private static List<Route> routes(FuzzTargets targets) {
        return List.of(new Route("/health", 200), new Route("/api/users", 200),
                new Route("/api/users/" + targets.ids().get(0), 200), new Route("/api/users/" + targets.missingId(), 404),
                new Route("/api/nothing-here", 404));
    }

    /** One of the kinds above with a random part. */
    static HostileRequest any(Random random, FuzzTargets targets) {
        return switch (random.nextInt(6)) {
            case 0 -> get("control byte in a header value", "/api/users",
                    "X-A: a" + (char) (random.nextBoolean() ? random.nextInt(9) : 11 + random.nextInt(2)) + "b\r\n",
                    Set.of(400));
            case 1 -> raw("junk method", junk(random, "ABCXYZ!#$%&'*+-.^_`|~0123456789", 1 + random.nextInt(12))
                    + " /api/users HTTP/1.1\r\n" + HEAD + "\r\n", Set.of(400, 405, 501));
            case 2 -> post("name with random bytes that are not UTF-8", null, "{\"email\":\"a@b.c\",\"name\":\"x"
                    + junk(random, "\u0080\u00bf\u00c0\u00c1\u00f5\u00f8\u00fe\u00ff\u00ed\u00a0", 1 + random.nextInt(6))
                    + "\"}", Set.of(400, 422));
            case 3 -> pathParameters(random, targets);
            case 4 -> get("escaped bytes that are not UTF-8", HostileText.any(random, List.of("/api/users/", "/api/users?cursor=",
                    "/api/users?limit=", "/health?check=", "/api/users/" + targets.ids().get(0) + "?x="))
                    + HostileText.any(random, HostileText.NOT_UTF8_ESCAPES), "", MALFORMED);
            default -> get("broken escape", random.nextBoolean() ? "/api/users?email=%" + junk(random, "zZ%g", 2)
                    : "/api/users/%" + junk(random, "zZ%gC3", 2), "", MALFORMED);
        };
    }

    private static HostileRequest get(String description, String target, String extraHeaders, Set<Integer> allowed) {
        return raw(description, "GET " + target + " HTTP/1.1\r\n" + HEAD + extraHeaders + "\r\n", allowed);
    }

    /** A POST of {@code body} (Latin-1 chars are bytes); without {@code lengthHeaders}, with its exact length. */
    private static HostileRequest post(String description, String lengthHeaders, String body, Set<Integer> allowed) {
        String lengths = lengthHeaders != null ? lengthHeaders
                : "Content-Length: " + body.getBytes(StandardCharsets.ISO_8859_1).length + "\r\n";
        return raw(description, "POST /api/users HTTP/1.1\r\n" + HEAD + "Content-Type: application/json\r\n" + lengths
                + "\r\n" + body, allowed);
    }

    private static HostileRequest raw(String description, String latin1, Set<Integer> allowed) {
        return HostileRequest.raw(description, latin1, allowed);
    }

    private static String junk(Random random, String alphabet, int length) {
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < length; i++) {
            junk.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return junk.toString();
    }
}

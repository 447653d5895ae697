package org.acme.users.bootstrap.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One generated request and the answers API.md allows for it. Sent with {@link java.net.http.HttpClient} unless
 * {@link #raw()} holds the bytes of a request that no HTTP client would send, which then go over a plain socket.
 *
 * @param headers      name, value, name, value...; a name may repeat
 * @param chunked      send the body without a Content-Length
 * @param raw          the whole request as bytes, or null
 * @param allowed      the statuses API.md allows for this request
 * @param emptyListing a 200 must list no user (a lookup of an address nobody has)
 */
record HostileRequest(String description, String method, String target, List<String> headers, byte[] body,
        boolean chunked, byte[] raw, Set<Integer> allowed, boolean emptyListing) {

    static HostileRequest of(String description, String method, String target, List<String> headers, String body,
            Set<Integer> allowed) {
        return new HostileRequest(description, method, target, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), false, null, allowed, false);
    }

    static HostileRequest raw(String description, byte[] bytes, Set<Integer> allowed) {
        return new HostileRequest(description, "RAW", "", List.of(), null, false, bytes, allowed, false);
    }

    static HostileRequest raw(String description, String latin1, Set<Integer> allowed) {
        return raw(description, latin1.getBytes(StandardCharsets.ISO_8859_1), allowed);
    }

    HostileRequest inChunks() {
        return new HostileRequest(description, method, target, headers, body, true, raw, allowed, emptyListing);
    }

    HostileRequest listingNobody() {
        return new HostileRequest(description, method, target, headers, body, chunked, raw, allowed, true);
    }

    boolean isHead() {
        return method.equals("HEAD") || raw != null && new String(raw, 0, Math.min(5, raw.length),
                StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT).startsWith("HEAD ");
    }

    /** Everything the client sent, so that text the service merely echoes back is not taken for a leak. */
    String sentText() {
        byte[] bytes = raw != null ? raw : body == null ? new byte[0] : body;
        return target + " " + headers + " " + new String(bytes, StandardCharsets.UTF_8)
                + new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        String sent = raw != null ? new String(raw, StandardCharsets.ISO_8859_1)
                : method + " " + target + " " + headers + " " + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
        return description + ": " + (sent.length() > 300 ? sent.substring(0, 300) + "... (" + sent.length() + " chars)" : sent);
    }
}

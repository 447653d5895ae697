package org.acme.users.adapter.persistence.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Lua scripts that make each write one atomic step on the server, kept as files beside this class. Plain
 * {@code EVAL} scripts rather than Redis 7 functions, so that Redis 6.2 (the embedded server) runs them too.
 */
enum UserScript {
    /** Claims an address, and an owner alike: the claims differ in their keys only. */
    CLAIM_EMAIL("claim-email.lua"),
    /** Releases a claim on an address or an owner. */
    RELEASE_EMAIL("release-email.lua"),
    INSERT_USER("insert-user.lua"),
    UPDATE_USER("update-user.lua"),
    DELETE_USER("delete-user.lua"),
    PAGE_OF_BUCKET("page-of-bucket.lua");

    private final String source;
    private final String sha1;

    UserScript(String file) {
        this.source = read(file);
        this.sha1 = sha1Of(source);
    }

    String source() {
        return source;
    }

    /** The name {@code EVALSHA} calls it by, which is the SHA-1 of its text, as {@code SCRIPT LOAD} answers. */
    String sha1() {
        return sha1;
    }

    private static String read(String file) {
        try (InputStream in = UserScript.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the script " + file + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the script " + file, e);
        }
    }

    private static String sha1Of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}

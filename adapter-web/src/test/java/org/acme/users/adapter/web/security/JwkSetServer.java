package org.acme.users.adapter.web.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** An issuer's JWK Set endpoint on the loopback interface, serving public keys that a test can swap (key rotation). */
public final class JwkSetServer implements AutoCloseable {

    private static final String PATH = "/jwks.json";

    private final HttpServer server;
    private final AtomicReference<JWKSet> keys;
    private final AtomicInteger fetches = new AtomicInteger();

    private JwkSetServer(HttpServer server, JWKSet keys) {
        this.server = server;
        this.keys = new AtomicReference<>(keys);
    }

    public static JwkSetServer serving(JWK... keys) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            JwkSetServer jwkSet = new JwkSetServer(server, new JWKSet(List.of(keys)));
            server.createContext(PATH, exchange -> {
                jwkSet.fetches.incrementAndGet();
                byte[] body = jwkSet.keys.get().toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return jwkSet;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on the set holds these keys only. */
    public void rotateTo(JWK... newKeys) {
        keys.set(new JWKSet(List.of(newKeys)));
    }

    public int fetches() {
        return fetches.get();
    }

    public URL url() {
        try {
            return new URL("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

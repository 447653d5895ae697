package org.acme.users.adapter.web.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

/** Real HTTP against a running API, with the small vocabulary the rules need. */
public final class ApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI baseUri;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public ApiClient(URI baseUri) {
        this.baseUri = baseUri;
    }

    public ApiResponse get(String path, String... headers) {
        return send("GET", path, BodyPublishers.noBody(), headers);
    }

    public ApiResponse delete(String path, String... headers) {
        return send("DELETE", path, BodyPublishers.noBody(), headers);
    }

    public ApiResponse postJson(String path, String json, String... headers) {
        return send("POST", path, BodyPublishers.ofString(json), withJsonType(headers));
    }

    public ApiResponse putJson(String path, String json, String... headers) {
        return send("PUT", path, BodyPublishers.ofString(json), withJsonType(headers));
    }

    /** A GET whose target goes on the wire exactly as written, broken %-escapes included. */
    public ApiResponse getAsIs(String target, String... headers) {
        return AsIsRequest.send(baseUri, "GET", target, headers);
    }

    /** Registers a user with a fresh address and returns the answer. */
    public ApiResponse register(String name) {
        return postJson("/api/users", userJson(uniqueEmail(), name));
    }

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    public static String userJson(String email, String name) {
        return "{\"email\":\"" + email + "\",\"name\":\"" + name + "\"}";
    }

    /** Any method, body and headers, given as name, value, name, value... */
    public ApiResponse send(String method, String path, BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(TIMEOUT).method(method, body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return ApiResponse.of(http.send(request.build(), BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + method + " " + path, e);
        }
    }

    private static String[] withJsonType(String[] headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Content-Type")) {
                return headers;
            }
        }
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = "application/json";
        return all;
    }
}

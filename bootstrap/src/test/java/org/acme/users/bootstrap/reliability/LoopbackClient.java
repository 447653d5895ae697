package org.acme.users.bootstrap.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real HTTP/1.1 to the service under test with a hard bound on every answer: a request that gets no answer
 * within the bound comes back as a failed {@link Reply}, never as a hung test.
 */
public final class LoopbackClient {

    /** What API.md's "fail fast" means in these tests: an answer, 503 at worst, within this bound. */
    public static final Duration PROMPT = Duration.ofSeconds(10);
    /** For the bursts of 64 at once on a busy machine, where only a hang should fail the test. */
    public static final Duration PATIENT = Duration.ofSeconds(30);

    private final List<URI> instances;
    private final AtomicInteger nextInstance = new AtomicInteger();
    private final Duration answerLimit;
    private final HttpClient http;
    private final Map<String, String> everyRequestsHeaders;

    public LoopbackClient(URI baseUri, Duration answerLimit) {
        this(List.of(baseUri), answerLimit, Map.of());
    }

    private LoopbackClient(List<URI> instances, Duration answerLimit, Map<String, String> everyRequestsHeaders) {
        this.instances = List.copyOf(instances);
        this.answerLimit = answerLimit;
        this.everyRequestsHeaders = Map.copyOf(everyRequestsHeaders);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(answerLimit)
                .build();
    }

    /** This client, sending {@code name: value} with every request that does not name that header itself. */
    public LoopbackClient withHeaderOnEveryRequest(String name, String value) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(everyRequestsHeaders);
        headers.put(name, value);
        return new LoopbackClient(instances, answerLimit, headers);
    }

    /**
     * A client that sends each request to the next of several instances of the service, in turn; a path that is a
     * whole URL, such as a {@code Location} one instance gave, goes to the next instance all the same.
     */
    public static LoopbackClient roundRobin(List<URI> instances, Duration answerLimit) {
        return new LoopbackClient(instances, answerLimit, Map.of());
    }

    /** The first instance's address. */
    public URI baseUri() {
        return instances.get(0);
    }

    public Reply get(String path, String... headers) {
        return send("GET", path, BodyPublishers.noBody(), headers);
    }

    public Reply delete(String path, String... headers) {
        return send("DELETE", path, BodyPublishers.noBody(), headers);
    }

    public Reply postJson(String path, String json) {
        return send("POST", path, BodyPublishers.ofString(json), "Content-Type", "application/json");
    }

    /** A PUT of a JSON body, with more headers given as name, value, name, value... */
    public Reply putJson(String path, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("PUT", path, BodyPublishers.ofString(json), all);
    }

    /** Any method, body and headers (name, value, name, value...); a header named twice is sent twice. */
    public Reply send(String method, String path, BodyPublisher body, String... headers) {
        long start = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(target(path))
                    .timeout(answerLimit)
                    .method(method, body);
            Map<String, String> defaults = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            defaults.putAll(everyRequestsHeaders);
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
                defaults.remove(headers[i]);
            }
            defaults.forEach(request::header);
            HttpResponse<byte[]> response = http.send(request.build(), BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), lowerCaseNames(response.headers().map()),
                    new String(response.body(), StandardCharsets.UTF_8), since(start), Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            return Reply.failed(e, since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.failed(e, since(start));
        }
    }

    private URI target(String path) {
        URI instance = instances.get(Math.floorMod(nextInstance.getAndIncrement(), instances.size()));
        if (instances.size() == 1) {
            return instance.resolve(path);
        }
        URI given = URI.create(path);
        String pathAndQuery = given.getRawPath() + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery());
        return instance.resolve(pathAndQuery);
    }

    static Map<String, List<String>> lowerCaseNames(Map<String, List<String>> headers) {
        Map<String, List<String>> lowerCase = new TreeMap<>();
        headers.forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return lowerCase;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}

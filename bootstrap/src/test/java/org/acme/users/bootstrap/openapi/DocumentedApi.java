package org.acme.users.bootstrap.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.acme.users.bootstrap.openapi.OpenApiDocument.DocumentedResponse;
import org.acme.users.bootstrap.openapi.OpenApiDocument.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Real HTTP against a running service where every answer is checked against the OpenAPI document: its status is
 * listed for the operation, its body validates against the schema of its media type (or there is no body where the
 * document shows none), and its headers are there where required and valid wherever present. Remembers which
 * documented responses it has seen, across every service it is pointed at. A 401 must come from an operation that
 * the document says needs the {@value #BEARER_SCHEME} scheme.
 */
final class DocumentedApi {

    static final String BEARER_SCHEME = "bearerAuth";

    private final OpenApiDocument document;
    private final Set<DocumentedResponse> seen = new TreeSet<>();

    DocumentedApi(OpenApiDocument document) {
        this.document = document;
    }

    /** A client of one running service whose answers are checked here. */
    final class Client {

        private final ApiClient http;
        private final Supplier<List<String>> perRequest;

        private Client(URI baseUri, Supplier<List<String>> perRequest) {
            this.http = new ApiClient(baseUri);
            this.perRequest = perRequest;
        }

        ApiResponse get(String path, String... headers) {
            return send("GET", path, BodyPublishers.noBody(), headers);
        }

        ApiResponse delete(String path, String... headers) {
            return send("DELETE", path, BodyPublishers.noBody(), headers);
        }

        ApiResponse postJson(String path, String json, String... headers) {
            return checked("POST", path, http.postJson(path, json, withPerRequest(headers)));
        }

        ApiResponse putJson(String path, String json, String... headers) {
            return checked("PUT", path, http.putJson(path, json, withPerRequest(headers)));
        }

        ApiResponse send(String method, String path, BodyPublisher body, String... headers) {
            return checked(method, path, http.send(method, path, body, withPerRequest(headers)));
        }

        private String[] withPerRequest(String[] headers) {
            List<String> all = new ArrayList<>(perRequest.get());
            all.addAll(Arrays.asList(headers));
            return all.toArray(String[]::new);
        }
    }

    Client client(URI baseUri) {
        return client(baseUri, List::of);
    }

    /** @param perRequest names and values of headers that each request also sends, asked for anew every time */
    Client client(URI baseUri, Supplier<List<String>> perRequest) {
        return new Client(baseUri, perRequest);
    }

    synchronized Set<DocumentedResponse> unseen() {
        Set<DocumentedResponse> unseen = new TreeSet<>(document.responses());
        unseen.removeAll(seen);
        return unseen;
    }

    private ApiResponse checked(String method, String pathAndQuery, ApiResponse response) {
        String path = URI.create(pathAndQuery).getPath();
        String request = method + " " + pathAndQuery + " -> " + response.status();
        Operation operation = document.operation(method, path)
                .orElseThrow(() -> new AssertionError(request + ": the document has no operation for it"));
        String responsePointer = operation.pointer() + "/responses/" + response.status();
        assertThat(document.at(responsePointer).isMissingNode())
                .as("%s: status %d is not documented for %s", request, response.status(), operation.id())
                .isFalse();
        if (response.status() == 401) {
            assertThat(document.requires(operation, BEARER_SCHEME))
                    .as("%s: %s answers 401 but the document declares no %s for it", request, operation.id(),
                            BEARER_SCHEME)
                    .isTrue();
        }
        String definition = document.resolve(responsePointer);
        checkHeaders(request, definition, response);
        checkBody(request, definition, response);
        synchronized (this) {
            seen.add(new DocumentedResponse(operation.id(), response.status()));
        }
        return response;
    }

    private void checkHeaders(String request, String definition, ApiResponse response) {
        for (String name : document.at(definition).path("headers").propertyNames()) {
            String header = document.resolve(definition + "/headers/" + OpenApiDocument.escape(name));
            String value = response.header(name);
            if (value == null) {
                assertThat(document.at(header).path("required").asBoolean())
                        .as("%s: the required header %s is missing", request, name)
                        .isFalse();
                continue;
            }
            List<Error> errors = document.schemaAt(header + "/schema").validate(JsonNodeFactory.instance.stringNode(value));
            assertThat(errors).as("%s: header %s: %s does not match its schema", request, name, value).isEmpty();
        }
    }

    private void checkBody(String request, String definition, ApiResponse response) {
        JsonNode content = document.at(definition).path("content");
        if (content.isMissingNode()) {
            assertThat(response.body()).as("%s: the document shows no body", request).isEmpty();
            return;
        }
        String contentType = response.contentType();
        assertThat(contentType).as("%s: Content-Type", request).isNotNull();
        String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        assertThat(content.propertyNames()).as("%s: media type", request).contains(mediaType);
        String schema = definition + "/content/" + OpenApiDocument.escape(mediaType) + "/schema";
        List<Error> errors = document.schemaAt(schema).validate(response.json());
        assertThat(errors).as("%s: the body %s does not match its schema", request, response.body()).isEmpty();
    }
}

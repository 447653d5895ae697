package org.acme.users.bootstrap.openapi;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAPI 3.1 document as the tests read it: operations found by method and concrete path, nodes addressed by
 * JSON pointer with {@code $ref}s followed, and schemas compiled by networknt's validator in the OpenAPI 3.1 dialect.
 */
final class OpenApiDocument {

    /** Under this made-up address the validator knows the document, so that its {@code $ref}s resolve within it. */
    private static final String ADDRESS = "https://users.acme.test/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode root;
    private final SchemaRegistry schemas;

    private OpenApiDocument(JsonNode root, SchemaRegistry schemas) {
        this.root = root;
        this.schemas = schemas;
    }

    static OpenApiDocument parse(String json) {
        SchemaRegistryConfig strictFormats = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(), registry -> registry
                .schemas(Map.of(ADDRESS, json))
                .schemaRegistryConfig(strictFormats));
        return new OpenApiDocument(JsonMapper.builder().build().readTree(json), schemas);
    }

    /** An operation: its id and the pointer to its node. */
    record Operation(String id, String pointer) {
    }

    /** One response the document lists: an operation's id and a status. */
    record DocumentedResponse(String operationId, int status) implements Comparable<DocumentedResponse> {

        @Override
        public int compareTo(DocumentedResponse other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return operationId + " " + status;
        }
    }

    JsonNode root() {
        return root;
    }

    /**
     * The operation for {@code method} on {@code path}. A path without parameters wins over a template that also
     * matches ({@code /api/users/me} over {@code /api/users/{id}}), as OpenAPI matches them.
     */
    Optional<Operation> operation(String method, String path) {
        List<String> templates = new ArrayList<>();
        root.path("paths").propertyNames().forEach(templates::add);
        templates.sort(Comparator.comparing(template -> template.contains("{")));
        for (String template : templates) {
            if (templatePattern(template).matcher(path).matches()) {
                String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT);
                JsonNode operation = root.at(pointer);
                return operation.isMissingNode()
                        ? Optional.empty()
                        : Optional.of(new Operation(operation.path("operationId").asString(), pointer));
            }
        }
        return Optional.empty();
    }

    /** Every operation of the document. */
    List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        for (String template : root.path("paths").propertyNames()) {
            JsonNode path = root.path("paths").path(template);
            for (String method : path.propertyNames()) {
                if (METHODS.contains(method)) {
                    all.add(new Operation(path.path(method).path("operationId").asString(),
                            "/paths/" + escape(template) + "/" + method));
                }
            }
        }
        return all;
    }

    Set<DocumentedResponse> responses() {
        Set<DocumentedResponse> all = new TreeSet<>();
        for (Operation operation : operations()) {
            root.at(operation.pointer()).path("responses").propertyNames()
                    .forEach(status -> all.add(new DocumentedResponse(operation.id(), Integer.parseInt(status))));
        }
        return all;
    }

    /**
     * Whether {@code operation} asks for the security scheme {@code scheme}: its own {@code security}, or the
     * document's where it has none. An empty list, or an empty requirement among its alternatives, makes it open.
     */
    boolean requires(Operation operation, String scheme) {
        JsonNode own = root.at(operation.pointer() + "/security");
        JsonNode requirements = own.isMissingNode() ? root.path("security") : own;
        if (requirements.isEmpty()) {
            return false;
        }
        for (JsonNode alternative : requirements) {
            if (!alternative.has(scheme)) {
                return false;
            }
        }
        return true;
    }

    /** Follows {@code $ref}s from {@code pointer} until it reaches a node that is not one; returns that node's pointer. */
    String resolve(String pointer) {
        String current = pointer;
        for (int hops = 0; root.at(current).has("$ref"); hops++) {
            String reference = root.at(current).get("$ref").asString();
            if (!reference.startsWith("#/") || hops > 10) {
                throw new IllegalStateException("cannot follow $ref " + reference + " at " + current);
            }
            current = reference.substring(1);
        }
        return current;
    }

    JsonNode at(String pointer) {
        return root.at(pointer);
    }

    Schema schemaAt(String pointer) {
        return schemas.getSchema(SchemaLocation.of(ADDRESS + "#" + pointer));
    }

    /** Every {@code $ref} in the document, as the pointer it names, with the place it is written. */
    List<Map.Entry<String, String>> references() {
        List<Map.Entry<String, String>> references = new ArrayList<>();
        collectReferences(root, "", references);
        return references;
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static void collectReferences(JsonNode node, String pointer, List<Map.Entry<String, String>> into) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                JsonNode child = node.get(name);
                if (name.equals("$ref") && child.isString()) {
                    into.add(Map.entry(pointer, child.asString()));
                }
                collectReferences(child, pointer + "/" + escape(name), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectReferences(node.get(i), pointer + "/" + i, into);
            }
        }
    }

    /** {@code /api/users/{id}} matches {@code /api/users/} followed by one path segment. */
    private static Pattern templatePattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}

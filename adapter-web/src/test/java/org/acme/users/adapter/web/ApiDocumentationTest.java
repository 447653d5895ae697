package org.acme.users.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The API describes itself: its OpenAPI document at /openapi.json and Swagger UI, on that document, at /docs. */
class ApiDocumentationTest {

    private static InMemoryWebServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        server = InMemoryWebServer.start(Clock.systemUTC());
        api = new ApiClient(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servesItsOpenApi31DocumentAsJson() {
        ApiResponse document = api.get("/openapi.json");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.contentType()).startsWith("application/json");
        assertThat(document.text("openapi")).isEqualTo("3.1.0");
        assertThat(document.json().get("paths").propertyNames()).containsExactly("/api/users", "/api/users/me", "/api/users/{id}",
                "/health");
    }

    @Test
    void declaresTheBearerSchemeForTheApiAndLeavesHealthOpen() {
        ApiResponse document = api.get("/openapi.json");

        JsonNode bearer = document.json().get("components").get("securitySchemes").get("bearerAuth");
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
        assertThat(bearer.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(bearer.get("description").asString()).contains("AUTH=jwt");
        assertThat(document.json().get("security").toString()).isEqualTo("[{\"bearerAuth\":[]}]");
        assertThat(document.json().get("paths").get("/health").get("get").get("security").isEmpty()).isTrue();
    }

    @Test
    void sendsDocsToTheSwaggerUiPageThatLoadsTheDocument() {
        ApiResponse docs = api.get("/docs");
        ApiResponse page = api.get(docs.header("Location"));
        ApiResponse script = api.get("/docs/users-api.js");

        assertThat(docs.status()).isEqualTo(302);
        assertThat(docs.header("Location")).isEqualTo("/docs/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui-bundle.js", "users-api.js");
        assertThat(script.body()).contains("url: \"/openapi.json\"");
    }

    @Test
    void servesSwaggerUisOwnFilesFromTheWebjar() {
        ApiResponse bundle = api.get("/docs/swagger-ui-bundle.js");
        ApiResponse styles = api.get("/docs/swagger-ui.css");

        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
        assertThat(styles.status()).isEqualTo(200);
        assertThat(styles.contentType()).startsWith("text/css");
    }
}

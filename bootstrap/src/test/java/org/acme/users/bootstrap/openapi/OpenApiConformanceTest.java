package org.acme.users.bootstrap.openapi;

import static org.acme.users.adapter.web.contract.ApiClient.uniqueEmail;
import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.acme.users.bootstrap.fixture.ServiceOnTestDatabase;
import org.acme.users.bootstrap.fixture.TestSettings;
import org.acme.users.bootstrap.openapi.DocumentedApi.Client;
import org.acme.users.bootstrap.server.UsersService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenAPI document at {@code /openapi.json} tells the truth: the running service, on every persistence adapter,
 * is sent requests that produce every response the document lists, and each real answer is checked against it by
 * {@link DocumentedApi}. After all tests, whatever their order, the class fails if the document lists a response
 * that no request produced.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiConformanceTest {

    private static final String MISSING_ID = "01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b";
    private static final String TOO_LARGE = userJson("big@example.com", "x".repeat(64 * 1024));
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

    private final List<ServiceOnTestDatabase> services = new ArrayList<>();
    private String h2Url;
    private UsersService onH2;
    private OpenApiDocument document;
    private DocumentedApi documentedApi;

    @BeforeAll
    void startTheServiceOnEveryAdapter(@TempDir Path h2Directory) {
        AdapterOnDatabase.quickestOfEach().map(AdapterOnDatabase::startService).forEach(services::add);
        h2Url = "jdbc:h2:file:" + h2Directory.resolve("users");
        onH2 = UsersService.start(TestSettings.of("sql", Map.of("DATABASE_URL", h2Url, "DATABASE_USER", "sa")));
        document = OpenApiDocument.parse(new ApiClient(onH2.baseUri()).get("/openapi.json").body());
        documentedApi = new DocumentedApi(document);
    }

    @AfterAll
    void stop() {
        services.forEach(ServiceOnTestDatabase::close);
        if (onH2 != null) {
            onH2.close();
        }
        assertThat(documentedApi.unseen()).as("documented responses no request produced").isEmpty();
    }

    /** The services are closed once, after all tests: the parameterized tests must not close their argument. */
    Stream<ServiceOnTestDatabase> everyAdapter() {
        return services.stream();
    }

    @Test
    void servesAnOpenApi31DocumentWhoseReferencesAndSchemasAllResolve() {
        ApiResponse served = new ApiClient(onH2.baseUri()).get("/openapi.json");

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).startsWith("application/json");
        assertThat(document.root().path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.references()).allSatisfy(reference -> assertThat(
                document.at(reference.getValue().substring(1)).isMissingNode())
                .as("$ref %s at %s", reference.getValue(), reference.getKey()).isFalse());
        for (String name : document.root().path("components").path("schemas").propertyNames()) {
            Schema schema = document.schemaAt("/components/schemas/" + name);
            schema.initializeValidators();
        }
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("everyAdapter")
    void registerUserAnswersAsDocumented(ServiceOnTestDatabase service) {
        Client api = documentedApi.client(service.baseUri());
        String email = uniqueEmail();

        assertThat(api.postJson("/api/users", userJson(email, "Ada Lovelace")).status()).isEqualTo(201);
        String bracketed = "<" + uniqueEmail().replace("@", ">@");
        assertThat(api.postJson("/api/users", userJson(bracketed, "Ada")).status()).isEqualTo(201);
        assertThat(api.postJson("/api/users", "{\"email\":").status()).isEqualTo(400);
        assertThat(api.postJson("/api/users", userJson(uniqueEmail(), "Ada"), "Accept", "text/plain").status())
                .isEqualTo(406);
        assertThat(api.postJson("/api/users", userJson(email.toUpperCase(), "Ada")).status()).isEqualTo(409);
        assertThat(api.postJson("/api/users", TOO_LARGE).status()).isEqualTo(413);
        assertThat(api.postJson("/api/users", userJson(uniqueEmail(), "Ada"), "Content-Type", "text/plain").status())
                .isEqualTo(415);
        ApiResponse invalid = api.postJson("/api/users", userJson("no-at-sign", " "));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors")).hasSize(2);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("everyAdapter")
    void listUsersAnswersAsDocumented(ServiceOnTestDatabase service) {
        Client api = documentedApi.client(service.baseUri());
        String email = uniqueEmail();
        api.postJson("/api/users", userJson(email, "Listed"));
        api.postJson("/api/users", userJson(uniqueEmail(), "Listed too"));

        assertThat(api.get("/api/users?limit=1").json().get("nextCursor").isString()).isTrue();
        assertThat(api.get("/api/users?email=" + email).json().get("items")).hasSize(1);
        assertThat(api.get("/api/users?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/users", "Accept", "text/plain").status()).isEqualTo(406);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("everyAdapter")
    void getUserAnswersAsDocumented(ServiceOnTestDatabase service) {
        Client api = documentedApi.client(service.baseUri());
        String location = api.postJson("/api/users", userJson(uniqueEmail(), "Read")).header("Location");

        assertThat(api.get(location).status()).isEqualTo(200);
        assertThat(api.get(location, "If-None-Match", "\"0\"").status()).isEqualTo(304);
        assertThat(api.get("/api/users/not-a-uuid").status()).isEqualTo(400);
        assertThat(api.get("/api/users/" + MISSING_ID).status()).isEqualTo(404);
        assertThat(api.get(location, "Accept", "text/plain").status()).isEqualTo(406);
        assertThat(api.get(location, "If-Match", "\"7\"").status()).isEqualTo(412);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("everyAdapter")
    void changeUserAnswersAsDocumented(ServiceOnTestDatabase service) {
        Client api = documentedApi.client(service.baseUri());
        String location = api.postJson("/api/users", userJson(uniqueEmail(), "Changed")).header("Location");
        String takenEmail = uniqueEmail();
        api.postJson("/api/users", userJson(takenEmail, "Other"));

        assertThat(api.putJson(location, userJson(uniqueEmail(), "Changed again"), "If-Match", "\"0\"").status())
                .isEqualTo(200);
        assertThat(api.putJson(location, "{\"email\":\"a@b\",\"name\":\"n\",\"age\":3}").status()).isEqualTo(400);
        assertThat(api.putJson("/api/users/" + MISSING_ID, userJson(uniqueEmail(), "Nobody")).status()).isEqualTo(404);
        assertThat(api.putJson(location, userJson(uniqueEmail(), "N"), "Accept", "text/plain").status()).isEqualTo(406);
        assertThat(api.putJson(location, userJson(takenEmail, "Changed")).status()).isEqualTo(409);
        assertThat(api.putJson(location, userJson(uniqueEmail(), "Stale"), "If-Match", "\"0\"").status())
                .isEqualTo(412);
        assertThat(api.putJson(location, TOO_LARGE).status()).isEqualTo(413);
        assertThat(api.send("PUT", location, BodyPublishers.ofString(userJson(uniqueEmail(), "N"))).status())
                .isEqualTo(415);
        assertThat(api.putJson(location, "{\"email\":null,\"name\":\"Changed\"}").status()).isEqualTo(422);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("everyAdapter")
    void deleteUserAnswersAsDocumented(ServiceOnTestDatabase service) {
        Client api = documentedApi.client(service.baseUri());
        String location = api.postJson("/api/users", userJson(uniqueEmail(), "Deleted")).header("Location");

        assertThat(api.delete(location, "If-Match", "3").status()).isEqualTo(400);
        assertThat(api.delete(location, "If-Match", "\"5\"").status()).isEqualTo(412);
        assertThat(api.delete(location, "If-Match", "\"0\"", "Accept", "application/problem+json").status())
                .isEqualTo(204);
        assertThat(api.delete(location).status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("everyAdapter")
    void checkHealthAnswersAsDocumented(ServiceOnTestDatabase service) {
        Client api = documentedApi.client(service.baseUri());

        assertThat(api.get("/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/health?check=%C3%28").status()).isEqualTo(400);
        assertThat(api.get("/health", "Accept", "text/plain").status()).isEqualTo(406);
    }

    /** The SQL adapter on H2, whose table a test can rename under the service's feet. */
    @Test
    void everyUserOperationAnswers500AsDocumentedWhenTheTableIsGone() throws SQLException {
        Client api = documentedApi.client(onH2.baseUri());
        String location = api.postJson("/api/users", userJson(uniqueEmail(), "Before")).header("Location");
        renameUsersTable("users", "users_elsewhere");
        try {
            assertThat(api.postJson("/api/users", userJson(uniqueEmail(), "After")).status()).isEqualTo(500);
            assertThat(api.get("/api/users").status()).isEqualTo(500);
            assertThat(api.get(location).status()).isEqualTo(500);
            assertThat(api.putJson(location, userJson(uniqueEmail(), "After")).status()).isEqualTo(500);
            assertThat(api.delete(location).status()).isEqualTo(500);
            assertThat(api.get("/health").status()).isEqualTo(200);
        } finally {
            renameUsersTable("users_elsewhere", "users");
        }
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("everyAdapter")
    void everyOperationAnswers503AsDocumentedWhileTheDatabaseIsAway(ServiceOnTestDatabase service) {
        Client api = documentedApi.client(service.baseUri());
        String location = api.postJson("/api/users", userJson(uniqueEmail(), "Before")).header("Location");
        service.cutDatabase();
        try {
            assertThat(api.postJson("/api/users", userJson(uniqueEmail(), "During")).status()).isEqualTo(503);
            assertThat(api.get("/api/users").status()).isEqualTo(503);
            assertThat(api.get(location).status()).isEqualTo(503);
            assertThat(api.putJson(location, userJson(uniqueEmail(), "During")).status()).isEqualTo(503);
            assertThat(api.delete(location).status()).isEqualTo(503);
            assertThat(api.get("/health").status()).isEqualTo(503);
        } finally {
            service.restoreDatabase();
        }
        assertThat(healthWithin(RECOVERY_LIMIT, api)).isEqualTo(200);
    }

    private void renameUsersTable(String from, String to) throws SQLException {
        try (Connection connection = DriverManager.getConnection(h2Url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + from + " RENAME TO " + to);
        }
    }

    private static int healthWithin(Duration limit, Client api) {
        Instant deadline = Instant.now().plus(limit);
        int status;
        do {
            status = api.get("/health").status();
        } while (status != 200 && Instant.now().isBefore(deadline));
        return status;
    }
}

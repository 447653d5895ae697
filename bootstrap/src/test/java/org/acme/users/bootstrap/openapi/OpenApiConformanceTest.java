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
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document at {@code /openapi.json} tells the truth: the running service, on every persistence adapter,
 * is sent requests that produce every response the document lists, and each real answer is checked against it by
 * {@link DocumentedApi}. The answers that need {@code AUTH=jwt}, rate limits or allowed origins come from
 * {@link WithTokens}, on H2 only: they are the web adapter's, the same on every adapter. After all tests, whatever
 * their order, the class fails if the document lists a response that no request produced.
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

    @Test
    void getOwnUserAnswers404AsDocumentedWithoutAuthentication() {
        ApiResponse own = documentedApi.client(onH2.baseUri()).get("/api/users/me");

        assertThat(own.status()).isEqualTo(404);
        assertThat(own.text("type")).endsWith("/resource-not-found");
    }

    @Test
    void declaresTheBearerSchemeForEveryOperationButHealth() {
        JsonNode bearer = document.root().path("components").path("securitySchemes").path(DocumentedApi.BEARER_SCHEME);

        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(bearer.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.operations()).allSatisfy(operation -> assertThat(
                document.requires(operation, DocumentedApi.BEARER_SCHEME))
                .as(operation.id()).isEqualTo(!operation.id().equals("checkHealth")));
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
        renameUsersTable(h2Url, from, to);
    }

    private static void renameUsersTable(String databaseUrl, String from, String to) throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, "sa", "");
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

    /**
     * {@code AUTH=jwt}, rate limits and one allowed origin: the 401, 403 and 429 of every operation that can give
     * them, the own user, the second registration of one identity and the issuer's keys out of reach.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithTokens {

        private static final String OTHER_ORIGIN = "https://elsewhere.example.test";
        /** Each client address may send one request a second: a few in a row are enough to be over it. */
        private static final int REQUESTS_TO_BE_OVER_THE_LIMIT = 10;

        private ServicesWithTokens services;

        @BeforeAll
        void startTheServicesWithTokens(@TempDir Path directory) {
            services = ServicesWithTokens.start(directory);
        }

        @AfterAll
        void stopTheServicesWithTokens() {
            if (services != null) {
                services.close();
            }
        }

        @Test
        void everyApiOperationAnswers401AsDocumentedWithoutAToken() {
            Client api = client(services.service(), ServicesWithTokens.newClientAddressEach());

            for (Function<Client, ApiResponse> request : oneRequestPerApiOperation()) {
                ApiResponse refused = request.apply(api);
                assertThat(refused.status()).isEqualTo(401);
                assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
            }
        }

        @Test
        void everyApiOperationAnswers401AsDocumentedToAnExpiredToken() {
            String expired = services.tokens().signed(claims -> claims.expirationTime(
                    Date.from(Instant.now().minus(Duration.ofMinutes(5)))));
            Client api = client(services.service(), ServicesWithTokens.newClientAddressEach(
                    "Authorization", "Bearer " + expired));

            for (Function<Client, ApiResponse> request : oneRequestPerApiOperation()) {
                ApiResponse refused = request.apply(api);
                assertThat(refused.status()).isEqualTo(401);
                assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
            }
        }

        @Test
        void healthAndTheDescriptionAnswerWithoutAToken() {
            Client api = client(services.service(), ServicesWithTokens.newClientAddressEach());

            assertThat(api.get("/health").status()).isEqualTo(200);
            assertThat(new ApiClient(services.service().baseUri()).get("/openapi.json").status()).isEqualTo(200);
        }

        @Test
        void aMembersListingAnswers403AsDocumented() {
            Client member = client(services.service(), ServicesWithTokens.newClientAddressEach(
                    "Authorization", "Bearer " + services.tokens().member()));

            ApiResponse listing = member.get("/api/users");
            assertThat(listing.status()).isEqualTo(403);
            assertThat(listing.text("type")).endsWith("/not-permitted");
            assertThat(member.get("/api/users?email=ada@example.com").status()).isEqualTo(403);
        }

        @Test
        void everyOperationAnswers403AsDocumentedToAnOriginNotAllowed() {
            Client elsewhere = client(services.service(), ServicesWithTokens.newClientAddressEach(
                    "Authorization", "Bearer " + services.tokens().admin(), "Origin", OTHER_ORIGIN));

            for (Function<Client, ApiResponse> request : oneRequestPerOperation()) {
                ApiResponse refused = request.apply(elsewhere);
                assertThat(refused.status()).isEqualTo(403);
                assertThat(refused.text("type")).endsWith("/not-permitted");
            }
        }

        @Test
        void everyOperationAnswers429AsDocumentedOverTheRateLimit() {
            String admin = "Bearer " + services.tokens().admin();

            for (Function<Client, ApiResponse> request : oneRequestPerOperation()) {
                Client oneAddress = client(services.service(), ServicesWithTokens.oneClientAddress(
                        "Authorization", admin));
                ApiResponse last = request.apply(oneAddress);
                for (int sent = 1; last.status() != 429 && sent < REQUESTS_TO_BE_OVER_THE_LIMIT; sent++) {
                    last = request.apply(oneAddress);
                }
                assertThat(last.status()).isEqualTo(429);
                assertThat(last.text("type")).endsWith("/too-many-requests");
            }
        }

        @Test
        void getOwnUserAndASecondRegistrationAnswerAsDocumented() {
            Client member = client(services.service(), ServicesWithTokens.newClientAddressEach(
                    "Authorization", "Bearer " + services.tokens().member("ada")));

            ApiResponse none = member.get("/api/users/me");
            assertThat(none.status()).isEqualTo(404);
            assertThat(none.text("type")).endsWith("/user-not-found");
            String location = member.postJson("/api/users", userJson(uniqueEmail(), "Ada")).header("Location");
            ApiResponse second = member.postJson("/api/users", userJson(uniqueEmail(), "Ada again"));
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.text("type")).endsWith("/owner-already-registered");

            ApiResponse own = member.get("/api/users/me");
            assertThat(own.status()).isEqualTo(200);
            assertThat(location).isEqualTo("/api/users/" + own.text("id"));
            assertThat(member.get("/api/users/me", "If-None-Match", own.header("ETag")).status()).isEqualTo(304);
            assertThat(member.get("/api/users/me", "If-Match", "3").status()).isEqualTo(400);
            assertThat(member.get("/api/users/me", "Accept", "text/plain").status()).isEqualTo(406);
            assertThat(member.get("/api/users/me", "If-Match", "\"7\"").status()).isEqualTo(412);
        }

        @Test
        void getOwnUserAnswers500AsDocumentedWhenTheTableIsGone() throws SQLException {
            Client member = client(services.service(), ServicesWithTokens.newClientAddressEach(
                    "Authorization", "Bearer " + services.tokens().member()));
            member.postJson("/api/users", userJson(uniqueEmail(), "Before"));
            renameUsersTable(services.h2Url(), "users", "users_elsewhere");
            try {
                assertThat(member.get("/api/users/me").status()).isEqualTo(500);
            } finally {
                renameUsersTable(services.h2Url(), "users_elsewhere", "users");
            }
        }

        /**
         * Two requests only: the service fetches the JWK Set at most twice in 30 s, and a request after that, while
         * the issuer is still away, is not what this test is about.
         */
        @Test
        void requestsAnswer503AsDocumentedWhileTheIssuersKeysAreOutOfReach() {
            Client api = client(services.withUnreachableKeys(), ServicesWithTokens.newClientAddressEach(
                    "Authorization", "Bearer " + services.tokens().admin()));

            for (String path : List.of("/api/users/me", "/api/users/" + MISSING_ID)) {
                ApiResponse unavailable = api.get(path);
                assertThat(unavailable.status()).isEqualTo(503);
                assertThat(unavailable.text("type")).endsWith("/token-keys-unavailable");
            }
            assertThat(api.get("/health").status()).isEqualTo(200);
        }

        private Client client(UsersService service, Supplier<List<String>> perRequest) {
            return documentedApi.client(service.baseUri(), perRequest);
        }

        /** One request for each operation behind the bearer scheme, none of which a valid token makes fail. */
        private static List<Function<Client, ApiResponse>> oneRequestPerApiOperation() {
            return List.of(
                    api -> api.postJson("/api/users", userJson(uniqueEmail(), "Ada")),
                    api -> api.get("/api/users"),
                    api -> api.get("/api/users/me"),
                    api -> api.get("/api/users/" + MISSING_ID),
                    api -> api.putJson("/api/users/" + MISSING_ID, userJson(uniqueEmail(), "Ada")),
                    api -> api.delete("/api/users/" + MISSING_ID));
        }

        private static List<Function<Client, ApiResponse>> oneRequestPerOperation() {
            List<Function<Client, ApiResponse>> all = new ArrayList<>(oneRequestPerApiOperation());
            all.add(api -> api.get("/health"));
            return all;
        }
    }
}

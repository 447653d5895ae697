package org.acme.users.bootstrap.packaged;

import static org.acme.users.adapter.web.contract.ApiClient.userJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.acme.users.adapter.web.contract.ApiClient;
import org.acme.users.adapter.web.contract.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as a user runs it: it starts with nothing configured, serves, keeps its data across a restart,
 * ends with exit code 0 on SIGTERM, and refuses a bad setting with one line on stderr and exit code 2.
 */
class PackagedServiceIT {

    @TempDir
    Path workingDirectory;

    @Test
    void startsWithDefaultsKeepsItsDataAcrossARestartAndStopsCleanlyOnSigterm() throws Exception {
        String location;
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of("PORT", "0"))) {
            ApiClient api = new ApiClient(service.awaitListening());
            ApiResponse health = api.get("/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("persistence").get("adapter").asString()).isEqualTo("sql");
            assertThat(health.json().get("persistence").get("database").asString()).startsWith("H2");
            location = api.postJson("/api/users", userJson("ada@example.com", "Ada")).header("Location");

            assertThat(service.terminate()).isZero();
            assertThat(service.output()).anyMatch(line -> line.contains("Stopped"));
        }
        assertThat(workingDirectory.resolve("data")).isDirectoryContaining("glob:**users*.db");

        try (ServiceProcess restarted = ServiceProcess.start(workingDirectory, Map.of("PORT", "0"))) {
            ApiClient api = new ApiClient(restarted.awaitListening());

            assertThat(api.get(location).text("email")).isEqualTo("ada@example.com");
            assertThat(restarted.terminate()).isZero();
        }
    }

    /** The SQL adapter's settings in the environment are none of the Mongo adapter's business, however wrong. */
    @Test
    void startsAnEmbeddedMongoServerWithAWarningWhenNoMongodbUriIsGiven() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(workingDirectory,
                Map.of("PORT", "0", "DATABASE_URL", "postgres://x"), "--persistence=mongo")) {
            URI address = service.awaitListening();
            ApiResponse health = new ApiClient(address).get("/health");

            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("persistence").get("adapter").asString()).isEqualTo("mongo");
            assertThat(service.output()).anyMatch(line -> line.contains("WARN") && line.contains("trying"));
            assertThat(service.terminate()).isZero();
        }
    }

    @Test
    void refusesAnUnknownPersistenceWithOneLineNamingTheSetting() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of(), "--persistence=oracle")) {
            assertThat(service.awaitExit()).isEqualTo(2);
            List<String> errors = service.errorLines();

            assertThat(errors).hasSize(1);
            assertThat(errors.get(0)).startsWith("users-service: cannot start: PERSISTENCE: ");
        }
    }

    @Test
    void refusesADatabaseItCannotReachWithOneLineNamingTheSetting() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + aClosedPort() + "/users";
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of("DATABASE_URL", url, "PORT", "0"))) {
            assertThat(service.awaitExit()).isEqualTo(2);
            List<String> errors = service.errorLines();

            assertThat(errors).hasSize(1);
            assertThat(errors.get(0)).startsWith("users-service: cannot start: DATABASE_URL: ");
        }
    }

    @Test
    void refusesAPortThatIsNoNumberWithOneLineNamingTheSetting() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of("PORT", "eighty"))) {
            assertThat(service.awaitExit()).isEqualTo(2);

            assertThat(service.errorLines()).singleElement().asString()
                    .startsWith("users-service: cannot start: PORT: ");
        }
    }

    private static int aClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

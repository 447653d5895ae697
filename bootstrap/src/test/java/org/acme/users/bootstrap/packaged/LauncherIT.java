package org.acme.users.bootstrap.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.acme.users.adapter.web.contract.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command, the launcher beside the jar: it serves on the serial collector, and JAVA_OPTS reach the JVM. */
class LauncherIT {

    @TempDir
    Path workingDirectory;

    @Test
    void servesOnTheSerialCollectorWithTheOptionsItIsGiven() throws Exception {
        try (ServiceProcess service = ServiceProcess.startThroughLauncher(workingDirectory,
                Map.of("PORT", "0", "JAVA_OPTS", "-Xlog:gc=info"))) {
            assertThat(new ApiClient(service.awaitListening()).get("/health").status()).isEqualTo(200);
            assertThat(service.output()).anyMatch(line -> line.contains("Using Serial"));
            assertThat(service.terminate()).isZero();
        }
    }
}

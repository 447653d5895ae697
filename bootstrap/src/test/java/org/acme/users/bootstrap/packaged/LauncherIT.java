package org.acme.users.bootstrap.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.acme.users.adapter.web.contract.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, the launcher beside the jar: its first start writes an archive of the classes it
 * loaded when it stops, and the next start maps that archive and serves.
 */
class LauncherIT {

    @TempDir
    Path workingDirectory;

    @Test
    void recordsTheLoadedClassesOnceAndMapsThemOnTheNextStart() throws Exception {
        for (Path archive : ServiceProcess.classArchives()) {
            Files.delete(archive);
        }

        try (ServiceProcess first = ServiceProcess.startThroughLauncher(workingDirectory, Map.of("PORT", "0"))) {
            assertThat(new ApiClient(first.awaitListening()).get("/health").status()).isEqualTo(200);
            assertThat(first.terminate()).isZero();
        }
        List<Path> archives = ServiceProcess.classArchives();
        assertThat(archives).hasSize(1);

        try (ServiceProcess next = ServiceProcess.startThroughLauncher(workingDirectory,
                Map.of("PORT", "0", "JAVA_OPTS", "-Xlog:cds=info"))) {
            assertThat(new ApiClient(next.awaitListening()).get("/health").status()).isEqualTo(200);
            assertThat(next.output())
                    .anyMatch(line -> line.contains("Opened archive " + archives.get(0)))
                    .anyMatch(line -> line.contains("Mapped dynamic region"));
            assertThat(next.terminate()).isZero();
        }
    }
}

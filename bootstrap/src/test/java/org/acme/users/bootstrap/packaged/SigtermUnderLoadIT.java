package org.acme.users.bootstrap.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.acme.users.bootstrap.reliability.Await;
import org.acme.users.bootstrap.reliability.LoadTolerance;
import org.acme.users.bootstrap.reliability.LoopbackClient;
import org.acme.users.bootstrap.reliability.MixedLoad;
import org.acme.users.bootstrap.reliability.Reply;
import org.acme.users.bootstrap.reliability.Seeds;
import org.acme.users.bootstrap.reliability.StoredUsers;
import org.acme.users.bootstrap.reliability.Write;
import org.acme.users.bootstrap.reliability.WriteLedger;
import org.acme.users.persistence.spi.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SIGTERM in the middle of a load, on the jar as a user runs it: every request the service took is answered
 * (the access log is matched against what the clients got), the process exits with 0, and after a restart every
 * write it acknowledged is stored. On every test database of every persistence adapter on the class path.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.acme.users.bootstrap.fixture.AdapterOnDatabase#everyOne")
class SigtermUnderLoadIT {

    private static final int THREADS = 8;
    private static final long WRITES_BEFORE_SIGNAL = 150;
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final Pattern ACCESS_LOG = Pattern.compile("request=(sigterm-\\d+-\\d+) \\S+ \\S+ status=(\\d+)");

    @TempDir
    Path workingDirectory;

    @Parameter
    AdapterOnDatabase adapter;

    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = adapter.createDatabase();
    }

    @AfterEach
    void removeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** The environment that points the service at its database. */
    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(database.settings());
        settings.put("PERSISTENCE", adapter.provider().name());
        settings.put("PORT", "0");
        return settings;
    }

    @Test
    @Timeout(300)
    void answersEveryRequestItTookWhenSignalledUnderLoadExitsWithZeroAndKeepsEveryAcknowledgedWrite() throws Exception {
        long seed = Seeds.seed();
        WriteLedger ledger = new WriteLedger("sigterm");
        MixedLoad load;
        int exitCode;
        List<String> output;
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, settings())) {
            LoopbackClient client = new LoopbackClient(service.awaitListening(), LoopbackClient.PROMPT);
            load = new MixedLoad(client, ledger, seed, LoadTolerance.SERVICE_STOPPING);
            CompletableFuture<Void> clients = load.runInBackground(THREADS, LIMIT);
            Await.until("writes acknowledged before the signal", LIMIT,
                    () -> ledger.count(Write.Outcome.ACKNOWLEDGED) >= WRITES_BEFORE_SIGNAL);

            exitCode = service.terminate();
            load.stop();
            clients.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            output = service.output();
        }
        List<String> unanswered = unansweredRequests(output, load.answers());
        long answeredWhileStopping = afterShutdownBegan(output).stream().filter(line -> ACCESS_LOG.matcher(line).find()).count();

        try (ServiceProcess restarted = ServiceProcess.start(workingDirectory, settings())) {
            LoopbackClient client = new LoopbackClient(restarted.awaitListening(), LoopbackClient.PROMPT);
            List<String> problems = ledger.problemsWith(StoredUsers.read(client), client);
            System.out.printf("SIGTERM under load (seed %d): %d requests, %d answered while stopping, %d refused after;"
                            + " writes %s%n", seed, load.requests(), answeredWhileStopping,
                    load.answers().values().stream().filter(reply -> !reply.answered()).count(), ledger.summary());

            // The service's own account of any failure, for the report when an assertion below fails.
            errorsIn(output).forEach(System.out::println);
            assertThat(exitCode).as("exit code on SIGTERM").isZero();
            assertThat(output).anyMatch(line -> line.contains("Stopped"));
            assertThat(unanswered).as("requests the service took but whose answer never arrived").isEmpty();
            assertThat(load.violations()).as("answers outside API.md (seed %d)", seed).isEmpty();
            assertThat(problems).as("stored state after a restart against the acknowledged writes (seed %d)", seed)
                    .isEmpty();
            assertThat(restarted.terminate()).isZero();
        }
    }

    /** Requests in the service's access log whose status the client did not receive as logged. */
    private static List<String> unansweredRequests(List<String> output, Map<String, Reply> answers) {
        List<String> unanswered = new ArrayList<>();
        for (String line : output) {
            Matcher logged = ACCESS_LOG.matcher(line);
            if (logged.find()) {
                Reply reply = answers.get(logged.group(1));
                if (reply == null || reply.status() != Integer.parseInt(logged.group(2))) {
                    unanswered.add(line + " -> the client got " + reply);
                }
            }
        }
        return unanswered;
    }

    /** Each ERROR line with the first lines of its stack trace. */
    private static List<String> errorsIn(List<String> output) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < output.size() && errors.size() < 40; i++) {
            if (output.get(i).contains(" ERROR ")) {
                errors.addAll(output.subList(i, Math.min(i + 4, output.size())));
            }
        }
        return errors;
    }

    private static List<String> afterShutdownBegan(List<String> output) {
        for (int i = 0; i < output.size(); i++) {
            if (output.get(i).contains("Shutting down")) {
                return output.subList(i + 1, output.size());
            }
        }
        return List.of();
    }
}

package org.acme.users.bootstrap.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acme.users.bootstrap.config.PersistenceProviders;

/**
 * The packaged service started as a user would: {@code java -jar users-service.jar}, in a directory of its
 * own. Its output goes to files, not pipes: {@link Process#destroy()} closes the pipes, which would lose
 * what the service prints while it shuts down.
 */
final class ServiceProcess implements AutoCloseable {

    static final Duration START_LIMIT = Duration.ofSeconds(90);
    static final Duration STOP_LIMIT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private final Process process;
    private final Path standardOutput;
    private final Path standardError;

    private ServiceProcess(Process process, Path standardOutput, Path standardError) {
        this.process = process;
        this.standardOutput = standardOutput;
        this.standardError = standardError;
    }

    /** Starts {@code java -jar} in {@code workingDirectory} with only the given settings in its environment. */
    static ServiceProcess start(Path workingDirectory, Map<String, String> settings, String... arguments) {
        return start(workingDirectory, settings, List.of(javaExecutable(), "-jar", jar()), arguments);
    }

    /**
     * Starts the launcher beside the jar, as the README's run command does, on the JDK that runs the tests;
     * {@code JAVA_OPTS} in the settings reaches the JVM.
     */
    static ServiceProcess startThroughLauncher(Path workingDirectory, Map<String, String> settings,
            String... arguments) {
        Map<String, String> withJdk = new HashMap<>(settings);
        withJdk.put("JAVA_HOME", System.getProperty("java.home"));
        return start(workingDirectory, withJdk, List.of("sh", launcher().toString()), arguments);
    }

    private static ServiceProcess start(Path workingDirectory, Map<String, String> settings,
            List<String> launch, String... arguments) {
        List<String> command = new ArrayList<>(launch);
        command.addAll(List.of(arguments));
        Path standardOutput = workingDirectory.resolve("stdout-" + System.nanoTime() + ".log");
        Path standardError = workingDirectory.resolve("stderr-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectOutput(standardOutput.toFile())
                .redirectError(standardError.toFile());
        // Only what the test gives: none of this machine's settings for the service or any of its adapters.
        PersistenceProviders.onClassPath().everySetting()
                .forEach(setting -> builder.environment().remove(setting.name()));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(settings);
        try {
            return new ServiceProcess(builder.start(), standardOutput, standardError);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the start-up line and returns the address it names. */
    URI awaitListening() {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<URI> address = output().stream()
                    .map(LISTENING::matcher)
                    .filter(Matcher::find)
                    .map(listening -> URI.create(listening.group(1)))
                    .findFirst();
            if (address.isPresent()) {
                return address.get();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the service ended with " + process.exitValue() + ": " + errorLines());
            }
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
        }
        throw new IllegalStateException("no start-up line within " + START_LIMIT + ": " + output());
    }

    /** Sends SIGTERM (what {@link Process#destroy()} does on Linux) and waits for the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        return awaitExit();
    }

    int awaitExit() throws InterruptedException {
        if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the service did not end within " + STOP_LIMIT + ": " + output());
        }
        return process.exitValue();
    }

    List<String> output() {
        return lines(standardOutput);
    }

    List<String> errorLines() {
        return lines(standardError);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jar() {
        String jar = System.getProperty("users.service.jar");
        if (jar == null) {
            throw new IllegalStateException("run with maven-failsafe-plugin, which names the jar in users.service.jar");
        }
        return jar;
    }

    private static Path launcher() {
        return Path.of(jar()).resolveSibling("users-service");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

package org.acme.users.adapter.persistence.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisException;

/**
 * One {@code redis-server} process on a loopback port, started from the binary installed on this machine (Debian's
 * {@code redis-server} package), with its files in a directory of its own. It can be killed and started again on
 * the same port and directory, as a crashed node that its supervisor restarts.
 */
final class RedisServerProcess {

    private static final Duration START_BOUND = Duration.ofSeconds(15);

    private final Path binary;
    private final int port;
    private final Path directory;
    private final List<String> extraArguments;
    private Process process;

    private RedisServerProcess(Path binary, int port, Path directory, List<String> extraArguments) {
        this.binary = binary;
        this.port = port;
        this.directory = directory;
        this.extraArguments = extraArguments;
    }

    /** Starts a server and waits until it answers. */
    static RedisServerProcess start(Path binary, int port, Path directory, List<String> extraArguments) {
        RedisServerProcess server = new RedisServerProcess(binary, port, directory, List.copyOf(extraArguments));
        server.startAgain();
        return server;
    }

    int port() {
        return port;
    }

    HostAndPort address() {
        return new HostAndPort("127.0.0.1", port);
    }

    /** Starts the process again on the same port and directory, after {@link #kill()}. */
    synchronized void startAgain() {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--dir", directory.toString(), "--daemonize", "no",
                "--logfile", directory.resolve("redis.log").toString()));
        command.addAll(extraArguments);
        try {
            Files.createDirectories(directory);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("stdout.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + binary, e);
        }
        awaitAnswer();
    }

    /** Kills the process at once (SIGKILL), as a crash would, and waits until it is gone. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Stops the process for good and removes its directory. */
    void stopAndRemoveFiles() {
        kill();
        FileTrees.remove(directory);
    }

    private void awaitAnswer() {
        long giveUpAt = System.nanoTime() + START_BOUND.toNanos();
        while (true) {
            try (Connection connection = new Connection(address(),
                    DefaultJedisClientConfig.builder().timeoutMillis(1000).build())) {
                connection.executeCommand(RedisCalls.COMMANDS.ping());
                return;
            } catch (JedisException notYet) {
                if (!process.isAlive() || System.nanoTime() > giveUpAt) {
                    kill();
                    throw new IllegalStateException("redis-server on port " + port + " did not start; see "
                            + directory.resolve("redis.log"), notYet);
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server", e);
        }
    }
}

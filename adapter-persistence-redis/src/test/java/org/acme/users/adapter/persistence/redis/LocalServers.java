package org.acme.users.adapter.persistence.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acme.users.persistence.spi.TestDatabaseUnavailableException;

/** Servers of a test's own, from the {@code redis-server} of this machine, for tests that stop or reconfigure them. */
final class LocalServers {

    private LocalServers() {
    }

    /** A single server on a free loopback port; skipped (failed on CI) where no redis-server is installed. */
    static RedisServerProcess start(String... arguments) {
        Path binary = RequiredServer.orSkip(() -> LocalRedisCluster.serverBinary().orElseThrow(() ->
                new TestDatabaseUnavailableException("redis-server is not installed (apt-get install redis-server)",
                        null)));
        try {
            return RedisServerProcess.start(binary, freePort(), Files.createTempDirectory("redis-test-"),
                    List.of(arguments));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String urlOf(RedisServerProcess server) {
        return "redis://127.0.0.1:" + server.port();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}

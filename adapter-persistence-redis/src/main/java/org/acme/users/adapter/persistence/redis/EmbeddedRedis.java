package org.acme.users.adapter.persistence.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A Redis server this process starts for trying the service out: the {@code redis-server} binary that the
 * embedded-redis jar ships (Redis 6.2 for Linux, macOS and Windows), on a free loopback port, keeping an
 * append-only file in {@code ./data/redis}, and stopped with the adapter.
 */
final class EmbeddedRedis implements AutoCloseable {

    static final Path DATA_DIRECTORY = Path.of("data", "redis");

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts the server, or fails with the reason (no binary for this platform, a binary that cannot run here).
     *
     * @throws IOException when it cannot be started
     */
    static EmbeddedRedis start(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        int port = freeLoopbackPort();
        RedisServer server = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(port)
                .setting("dir " + dataDirectory.toAbsolutePath())
                .setting("appendonly yes")
                .setting("appendfsync everysec")
                .setting("maxmemory-policy noeviction")
                .build();
        server.start();
        LOG.warn("REDIS_URL is not set: serving from an embedded Redis server on 127.0.0.1:{} with its data in {}."
                + " It is for trying the service out only; set REDIS_URL for real use.", port, dataDirectory);
        return new EmbeddedRedis(server, port);
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded Redis server did not stop", e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}

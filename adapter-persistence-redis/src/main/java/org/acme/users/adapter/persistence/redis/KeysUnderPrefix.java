package org.acme.users.adapter.persistence.redis;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** Removes a test database's keys from one server: every key under its prefix, found with {@code SCAN}. */
final class KeysUnderPrefix {

    private static final int BATCH = 1000;

    private KeysUnderPrefix() {
    }

    static void remove(HostAndPort server, String prefix) {
        removeAllBut(server, prefix, null);
    }

    /** As {@link #remove}, keeping the key {@code kept}. */
    static void removeAllBut(HostAndPort server, String prefix, String kept) {
        try (Connection connection = new Connection(server, DefaultJedisClientConfig.builder().timeoutMillis(5000)
                .build())) {
            ScanParams match = new ScanParams().match(prefix + "*").count(BATCH);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> batch = connection.executeCommand(RedisCalls.COMMANDS.scan(cursor, match));
                // One key per command, since a cluster node refuses a command whose keys span slots.
                batch.getResult().stream().filter(key -> !key.equals(kept))
                        .forEach(key -> connection.executeCommand(RedisCalls.COMMANDS.unlink(key)));
                cursor = batch.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        }
    }

    /** A prefix no other test database uses: {@code test-} and 48 random bits. */
    static String uniquePrefix() {
        return "test-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(4) + ":";
    }

    /** Whether the server is a primary, which alone may remove keys. */
    static boolean isPrimary(HostAndPort server) {
        try (Connection connection = new Connection(server, DefaultJedisClientConfig.builder().timeoutMillis(5000)
                .build())) {
            return InfoFields.of(connection.executeCommand(RedisCalls.COMMANDS.info("replication")))
                    .get("role").filter("master"::equals).isPresent();
        }
    }
}

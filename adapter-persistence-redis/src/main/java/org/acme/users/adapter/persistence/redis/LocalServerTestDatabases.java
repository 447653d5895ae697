package org.acme.users.adapter.persistence.redis;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import org.acme.users.persistence.spi.TestDatabase;
import org.acme.users.persistence.spi.TestDatabaseKind;
import org.acme.users.persistence.spi.TestDatabaseUnavailableException;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Test databases on the local Redis server ({@code USERS_TEST_REDIS_URL}, by default {@code 127.0.0.1:6379}): each
 * one a key prefix of its own, whose keys are removed when it closes.
 */
final class LocalServerTestDatabases implements TestDatabaseKind {

    static final String SERVER_VARIABLE = "USERS_TEST_REDIS_URL";
    private static final String DEFAULT_SERVER = "redis://127.0.0.1:6379";

    @Override
    public String description() {
        return "redis on the local server";
    }

    @Override
    public TestDatabase create() {
        String url = System.getenv().getOrDefault(SERVER_VARIABLE, DEFAULT_SERVER);
        HostAndPort server = RedisSettings.of(url).address();
        try (Connection connection = new Connection(server, DefaultJedisClientConfig.builder().timeoutMillis(2000)
                .build())) {
            connection.executeCommand(RedisCalls.COMMANDS.ping());
        } catch (JedisException e) {
            throw new TestDatabaseUnavailableException("no Redis server answers at " + server + " (set "
                    + SERVER_VARIABLE + " to another one)", e);
        }
        return new PrefixedDatabase(server, KeysUnderPrefix.uniquePrefix());
    }

    private record PrefixedDatabase(HostAndPort server, String prefix) implements TestDatabase {

        @Override
        public Map<String, String> settings() {
            return settingsVia(new InetSocketAddress(server.getHost(), server.getPort()));
        }

        @Override
        public Optional<InetSocketAddress> serverAddress() {
            return Optional.of(new InetSocketAddress(server.getHost(), server.getPort()));
        }

        @Override
        public Map<String, String> settingsVia(InetSocketAddress address) {
            return Map.of(RedisPersistenceProvider.URL.name(),
                    "redis://" + address.getHostString() + ":" + address.getPort(),
                    RedisPersistenceProvider.KEY_PREFIX.name(), prefix,
                    RedisPersistenceProvider.WAIT_REPLICAS.name(), "0");
        }

        @Override
        public void close() {
            KeysUnderPrefix.remove(server, prefix);
        }
    }
}

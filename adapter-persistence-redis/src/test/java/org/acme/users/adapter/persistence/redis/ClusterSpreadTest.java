package org.acme.users.adapter.persistence.redis;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.persistence.spi.TestDatabase;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Users spread over every primary of the cluster, not into one slot. 3,000 users by default; the README's figures
 * come from {@code -Dredis.spread.users=100000}.
 */
class ClusterSpreadTest {

    private static final int USERS = Integer.getInteger("redis.spread.users", 3_000);
    private static final int WRITERS = 8;

    @Test
    void spreadsUsersEvenlyOverTheThreePrimaries() throws Exception {
        TestDatabase database = RequiredServer.orSkip(new LocalClusterTestDatabases()::create);
        String prefix = database.settings().get("REDIS_KEY_PREFIX");
        try (database; RedisPersistence persistence = RedisPersistence.connect(
                RedisSettings.of(database.settings().get("REDIS_URL")).withKeyPrefix(prefix))) {
            insertUsers(persistence.userRepository());

            Map<String, Long> usersPerPrimary = new TreeMap<>();
            persistence.nodeAddresses().stream().filter(KeysUnderPrefix::isPrimary)
                    .forEach(node -> usersPerPrimary.put(node.toString(), userKeysOn(node, prefix)));
            System.out.println("[SPREAD] " + USERS + " users over the primaries: " + usersPerPrimary);

            assertThat(usersPerPrimary).hasSize(3);
            assertThat(usersPerPrimary.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(USERS);
            assertThat(usersPerPrimary.values()).allSatisfy(count ->
                    assertThat(count).isBetween(USERS * 28L / 100, USERS * 39L / 100));
        }
    }

    private static void insertUsers(UserRepository repository) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int share = USERS / WRITERS + (writer < USERS % WRITERS ? 1 : 0);
                done.add(writers.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        repository.insert(aUser().build());
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private static long userKeysOn(HostAndPort node, String prefix) {
        long count = 0;
        try (Connection connection = new Connection(node, DefaultJedisClientConfig.builder().timeoutMillis(5000)
                .build())) {
            ScanParams match = new ScanParams().match(prefix + "user:*").count(1000);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> batch = connection.executeCommand(RedisCalls.COMMANDS.scan(cursor, match));
                count += batch.getResult().size();
                cursor = batch.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        }
        return count;
    }
}

package org.acme.users.adapter.persistence.redis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.persistence.spi.TestDatabase;
import org.acme.users.testkit.contract.UserRepositoryContract;
import org.acme.users.testkit.net.TcpRelay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.HostAndPort;

/**
 * The port's contract on the local Redis server and on a Redis Cluster this run starts, each a key prefix of its
 * own; the outage rules run on the same adapter opened through relays that are then cut.
 */
class RedisUserRepositoryContractTest {

    /** 127.0.0.1:6379 (or {@code USERS_TEST_REDIS_URL}): one server, one bucket, every page one script. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnTheLocalServer extends UserRepositoryContract {

        private ContractDatabase database;
        private TcpRelay relay;
        private RedisPersistence unreachable;

        @BeforeAll
        void open() {
            database = ContractDatabase.create(RequiredServer.orSkip(new LocalServerTestDatabases()::create));
            HostAndPort server = database.settings().address();
            relay = TcpRelay.start(server.getHost(), server.getPort());
            unreachable = RedisPersistence.connect(database.settings()
                    .withKeyPrefix(database.settings().keyPrefix() + "unreachable:")
                    .withUrl("redis://127.0.0.1:" + relay.port()));
            relay.cut();
        }

        @AfterAll
        void close() {
            unreachable.close();
            relay.close();
            database.close();
        }

        @Override
        protected UserRepository emptyRepository() {
            return database.emptyRepository();
        }

        @Override
        protected UserRepository unreachableRepository() {
            return unreachable.userRepository();
        }

        @Override
        public Optional<DatabaseHealth> healthOf(UserRepository repository) {
            return Optional.of(repository == unreachable.userRepository()
                    ? unreachable.databaseHealth() : database.persistence().databaseHealth());
        }
    }

    /** Three primaries and three replicas on loopback ports: twelve buckets over every primary, writes WAITed. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnACluster extends UserRepositoryContract {

        private ContractDatabase database;
        private final List<TcpRelay> relays = new ArrayList<>();
        private RedisPersistence unreachable;

        @BeforeAll
        void open() {
            database = ContractDatabase.create(RequiredServer.orSkip(new LocalClusterTestDatabases()::create));
            Map<HostAndPort, HostAndPort> viaRelays = new HashMap<>();
            for (HostAndPort node : database.primariesAndReplicas()) {
                TcpRelay relay = TcpRelay.start(node.getHost(), node.getPort());
                relays.add(relay);
                viaRelays.put(node, new HostAndPort("127.0.0.1", relay.port()));
            }
            // A node the cluster names that was not known when the map was made (a replica still joining) must
            // not be reached directly either: it goes to one more relay, cut with the others.
            TcpRelay deadEnd = TcpRelay.start("127.0.0.1", database.settings().address().getPort());
            relays.add(deadEnd);
            HostAndPort nowhere = new HostAndPort("127.0.0.1", deadEnd.port());
            HostAndPort seed = viaRelays.get(database.settings().address());
            unreachable = RedisPersistence.connect(database.settings()
                    .withKeyPrefix(database.settings().keyPrefix() + "unreachable:")
                    .withUrl("redis://" + seed), ClaimTimes.DEFAULT,
                    node -> viaRelays.getOrDefault(node, nowhere));
            relays.forEach(TcpRelay::cut);
        }

        @AfterAll
        void close() {
            unreachable.close();
            relays.forEach(TcpRelay::close);
            database.close();
        }

        @Override
        protected UserRepository emptyRepository() {
            return database.emptyRepository();
        }

        @Override
        protected UserRepository unreachableRepository() {
            return unreachable.userRepository();
        }

        @Override
        public Optional<DatabaseHealth> healthOf(UserRepository repository) {
            return Optional.of(repository == unreachable.userRepository()
                    ? unreachable.databaseHealth() : database.persistence().databaseHealth());
        }
    }

    /** A test database with the adapter opened on it through the provider's settings. */
    record ContractDatabase(TestDatabase testDatabase, RedisSettings settings, RedisPersistence persistence) {

        static ContractDatabase create(TestDatabase testDatabase) {
            Map<String, String> values = testDatabase.settings();
            RedisSettings settings = RedisSettings.of(values.get("REDIS_URL"))
                    .withKeyPrefix(values.get("REDIS_KEY_PREFIX"))
                    .withWaitReplicas(Integer.parseInt(values.get("REDIS_WAIT_REPLICAS")));
            return new ContractDatabase(testDatabase, settings, RedisPersistence.connect(settings));
        }

        UserRepository emptyRepository() {
            for (HostAndPort node : primariesAndReplicas()) {
                if (KeysUnderPrefix.isPrimary(node)) {
                    KeysUnderPrefix.removeAllBut(node, settings.keyPrefix(), KeyLayout.layoutKey(settings.keyPrefix()));
                }
            }
            return persistence.userRepository();
        }

        List<HostAndPort> primariesAndReplicas() {
            return persistence.nodeAddresses();
        }

        void close() {
            try {
                persistence.close();
            } finally {
                testDatabase.close();
            }
        }
    }
}

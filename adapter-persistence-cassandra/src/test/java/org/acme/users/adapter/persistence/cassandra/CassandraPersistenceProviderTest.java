package org.acme.users.adapter.persistence.cassandra;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.OpenedPersistence;
import org.acme.users.persistence.spi.PersistenceProvider;
import org.acme.users.persistence.spi.SettingValues;
import org.acme.users.persistence.spi.TestDatabase;
import org.acme.users.persistence.spi.TestDatabaseKind;
import org.acme.users.testkit.net.TcpRelay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CassandraPersistenceProviderTest {

    private final PersistenceProvider provider = new CassandraPersistenceProvider();

    @Test
    void isFoundByTheServiceLoaderAsCassandra() {
        assertThat(ServiceLoader.load(PersistenceProvider.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(found -> assertThat(found.name()).isEqualTo("cassandra"));
        assertThat(provider.settings()).extracting(setting -> setting.name()).containsExactly(
                "CASSANDRA_CONTACT_POINTS", "CASSANDRA_LOCAL_DATACENTER", "CASSANDRA_KEYSPACE",
                "CASSANDRA_CONSISTENCY", "CASSANDRA_SERIAL_CONSISTENCY");
    }

    @ParameterizedTest
    @CsvSource({
        "CASSANDRA_CONTACT_POINTS, db:port",
        "CASSANDRA_LOCAL_DATACENTER, ' '",
        "CASSANDRA_KEYSPACE, Users-Test",
        "CASSANDRA_CONSISTENCY, ONE",
        "CASSANDRA_CONSISTENCY, MOST",
        "CASSANDRA_SERIAL_CONSISTENCY, QUORUM"})
    void refusesAMalformedSettingAndNamesIt(String setting, String value) {
        Map<String, String> values = defaults();
        values.put("CASSANDRA_CONTACT_POINTS", "127.0.0.1:1");
        values.put(setting, value);

        assertThatThrownBy(() -> provider.open(SettingValues.of(values)))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        refused -> assertThat(refused.setting()).isEqualTo(setting));
    }

    @Test
    void refusesContactPointsWhereNoNodeAnswersWithinSeconds() throws IOException {
        Map<String, String> values = defaults();
        try (ServerSocket closed = new ServerSocket(0)) {
            values.put("CASSANDRA_CONTACT_POINTS", "127.0.0.1:" + closed.getLocalPort());
        }

        Throwable refused = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> catchThrowable(() -> provider.open(SettingValues.of(values))));

        assertThat(refused).isInstanceOfSatisfying(InvalidSettingException.class,
                e -> assertThat(e.setting()).isEqualTo("CASSANDRA_CONTACT_POINTS"));
    }

    @Test
    void opensOnEachKindOfTestDatabaseAndDropsItsKeyspaceAfterwards() {
        for (TestDatabaseKind kind : provider.testDatabases()) {
            SharedClusters.Cluster cluster = kind.description().contains("ring")
                    ? TestCassandra.ring() : TestCassandra.oneNode();
            String keyspace;
            try (TestDatabase database = kind.create();
                    OpenedPersistence opened = provider.open(SettingValues.of(database.settings()))) {
                keyspace = database.settings().get("CASSANDRA_KEYSPACE");
                User user = aUser().build();
                opened.userRepository().insert(user);

                assertThat(opened.userRepository().findById(user.id())).as(kind.description()).contains(user);
                assertThat(opened.databaseHealth().check().up()).isTrue();
            }
            assertThat(cluster.admin().getMetadata().getKeyspace(keyspace)).as(kind.description()).isEmpty();
        }
    }

    @Test
    void reachesTheSingleNodeThroughARelayAndReportsTheCutAsUnavailable() {
        TestDatabaseKind oneNode = provider.testDatabases().get(0);
        TestCassandra.oneNode();
        try (TestDatabase database = oneNode.create()) {
            InetSocketAddress node = database.serverAddress().orElseThrow();
            try (TcpRelay relay = TcpRelay.start(node.getHostString(), node.getPort());
                    OpenedPersistence opened = provider.open(SettingValues.of(
                            database.settingsVia(new InetSocketAddress("127.0.0.1", relay.port()))))) {
                User user = aUser().build();
                opened.userRepository().insert(user);
                relay.cut();

                assertThatThrownBy(() -> opened.userRepository().findById(user.id()))
                        .isInstanceOf(RepositoryUnavailableException.class);
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "users.cassandra.ring", matches = "true",
            disabledReason = "the ring is offered only with -Dusers.cassandra.ring=true")
    void offersNoRelayAddressForTheRing() {
        TestDatabaseKind ring = provider.testDatabases().get(1);
        TestCassandra.ring();
        try (TestDatabase database = ring.create()) {
            assertThat(database.serverAddress()).isEmpty();
        }
    }

    @Test
    void startsAnEmbeddedNodeWhenNoContactPointIsGivenAndKeepsItsDataAcrossRestarts() throws IOException {
        Path directory = EmbeddedCassandra.DEFAULT_DIRECTORY;
        deleteRecursively(directory);
        User user = aUser().build();
        try {
            try (OpenedPersistence opened = provider.open(SettingValues.of(defaults()))) {
                opened.userRepository().insert(user);
                assertThat(opened.databaseHealth().check().database()).startsWith("Cassandra 5.0.");
            }
            try (OpenedPersistence reopened = provider.open(SettingValues.of(defaults()))) {
                assertThat(reopened.userRepository().findById(user.id())).contains(user);
            }
        } finally {
            deleteRecursively(directory);
        }
    }

    private static Map<String, String> defaults() {
        Map<String, String> values = new HashMap<>();
        provider().settings().forEach(setting -> setting.defaultValue().ifPresent(value ->
                values.put(setting.name(), value)));
        return values;
    }

    private static PersistenceProvider provider() {
        return new CassandraPersistenceProvider();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

package org.acme.users.adapter.persistence.redis;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.acme.users.domain.model.User;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.OpenedPersistence;
import org.acme.users.persistence.spi.PersistenceProvider;
import org.acme.users.persistence.spi.Setting;
import org.acme.users.persistence.spi.SettingValues;
import org.acme.users.persistence.spi.TestDatabase;
import org.acme.users.persistence.spi.TestDatabaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The adapter as the service finds and opens it: by name, with settings, on REDIS_URL or on an embedded server. */
class RedisPersistenceProviderTest {

    private final PersistenceProvider provider = new RedisPersistenceProvider();

    @Test
    void isFoundByTheServiceLoaderAsRedis() {
        assertThat(ServiceLoader.load(PersistenceProvider.class).stream().map(ServiceLoader.Provider::get)
                .map(PersistenceProvider::name)).contains("redis");
        assertThat(provider.settings()).extracting(Setting::name)
                .containsExactly("REDIS_URL", "REDIS_KEY_PREFIX", "REDIS_WAIT_REPLICAS");
        assertThat(provider.testDatabases()).extracting(TestDatabaseKind::description)
                .containsExactly("redis on the local server", "redis on a cluster");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "REDIS_URL|postgres://127.0.0.1:5432",
        "REDIS_URL|redis://",
        "REDIS_KEY_PREFIX|users{all}:",
        "REDIS_WAIT_REPLICAS|one",
        "REDIS_WAIT_REPLICAS|-1",
    })
    void refusesAnInvalidValueNamingTheSetting(String setting, String value) {
        Map<String, String> values = defaults();
        values.putIfAbsent("REDIS_URL", "redis://127.0.0.1:6379");
        values.put(setting, value);

        assertThatThrownBy(() -> provider.open(SettingValues.of(values)))
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(thrown -> assertThat(((InvalidSettingException) thrown).setting()).isEqualTo(setting))
                .hasMessageStartingWith(setting + ": ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void refusesToStartWithinAFewSecondsNamingRedisUrlWhenNothingAnswers() throws IOException {
        Map<String, String> values = defaults();
        values.put("REDIS_URL", "redis://app:s3cret@127.0.0.1:" + closedPort());

        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> org.assertj.core.api.Assertions
                .catchThrowable(() -> provider.open(SettingValues.of(values))));

        assertThat(thrown).isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("REDIS_URL: ")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void servesFromAnEmbeddedServerWithoutRedisUrlAndKeepsItsUsersAcrossARestart(@TempDir Path data) {
        PersistenceProvider embedded = new RedisPersistenceProvider(data.resolve("redis"));
        User ada = aUser().build();

        try (OpenedPersistence first = embedded.open(SettingValues.of(defaults()))) {
            first.userRepository().insert(ada);
            assertThat(first.databaseHealth().check().database()).startsWith("Redis 6.2");
        }
        try (OpenedPersistence second = embedded.open(SettingValues.of(defaults()))) {
            assertThat(second.userRepository().findById(ada.id())).contains(ada);
        }
        assertThat(data.resolve("redis")).isNotEmptyDirectory();
    }

    @Test
    void bindsThePoolsAsGaugesTaggedWithThePool() {
        TestDatabase database = RequiredServer.orSkip(new LocalServerTestDatabases()::create);
        try (database; OpenedPersistence opened = provider.open(SettingValues.of(withDefaults(database.settings())))) {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            opened.poolMetrics().bindTo(registry);
            opened.userRepository().insert(aUser().build());

            List<Gauge> gauges = registry.find("redis.pool.connections.idle").gauges().stream().toList();
            assertThat(gauges).singleElement().satisfies(gauge -> {
                assertThat(gauge.getId().getTag("pool")).isEqualTo("127.0.0.1:6379");
                assertThat(gauge.value()).isPositive();
            });
            assertThat(registry.find("redis.pool.connections.active").gauge()).isNotNull();
            assertThat(registry.find("redis.pool.connections.pending").gauge()).isNotNull();
        }
    }

    private Map<String, String> defaults() {
        Map<String, String> values = new HashMap<>();
        provider.settings().forEach(setting -> setting.defaultValue().ifPresent(value ->
                values.put(setting.name(), value)));
        return values;
    }

    private Map<String, String> withDefaults(Map<String, String> given) {
        Map<String, String> values = defaults();
        values.putAll(given);
        return values;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}

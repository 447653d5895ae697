package org.acme.users.adapter.persistence.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CassandraSettingsTest {

    private static final List<InetSocketAddress> ONE_NODE = List.of(InetSocketAddress.createUnresolved("db", 9042));

    @Test
    void defaultsToQuorumSerialConditionsAndSecondsNotTheDriversMinutes() {
        CassandraSettings settings = CassandraSettings.of(ONE_NODE, "dc1", "users");

        assertThat(settings.consistency()).isEqualTo(DefaultConsistencyLevel.QUORUM);
        assertThat(settings.serialConsistency()).isEqualTo(DefaultConsistencyLevel.SERIAL);
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.replicationFactor()).isEmpty();
    }

    @Test
    void readsContactPointsWithAndWithoutPorts() {
        assertThat(CassandraSettings.parseContactPoints(" 10.0.0.1 , db.example:9043,"))
                .extracting(InetSocketAddress::getHostString, InetSocketAddress::getPort)
                .containsExactly(
                        tuple("10.0.0.1", 9042),
                        tuple("db.example", 9043));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " , ", "db:port", "db:0", "db:65536", ":9042"})
    void refusesContactPointsThatAreNotHostsAndPorts(String text) {
        assertThatThrownBy(() -> CassandraSettings.parseContactPoints(text))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Users", "1users", "users-test", "", "a_keyspace_name_that_is_longer_than_forty_eight_c"})
    void refusesKeyspacesCassandraWouldNotTakeUnquoted(String keyspace) {
        assertThatThrownBy(() -> CassandraSettings.of(ONE_NODE, "dc1", keyspace))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesConsistencyLevelsUnderWhichAReadCanMissAnAcknowledgedWrite() {
        CassandraSettings settings = CassandraSettings.of(ONE_NODE, "dc1", "users");

        assertThatThrownBy(() -> settings.withConsistency(DefaultConsistencyLevel.ONE, DefaultConsistencyLevel.SERIAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withConsistency(DefaultConsistencyLevel.QUORUM,
                DefaultConsistencyLevel.QUORUM)).isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.withConsistency(DefaultConsistencyLevel.LOCAL_QUORUM, DefaultConsistencyLevel.LOCAL_SERIAL)
                .consistency()).isEqualTo(DefaultConsistencyLevel.LOCAL_QUORUM);
    }

    @Test
    void refusesNonPositiveTimesAndReplicationFactors() {
        CassandraSettings settings = CassandraSettings.of(ONE_NODE, "dc1", "users");

        assertThatThrownBy(() -> settings.withRequestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withClaimTakeover(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withReplicationFactor(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CassandraSettings.of(List.of(), "dc1", "users"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

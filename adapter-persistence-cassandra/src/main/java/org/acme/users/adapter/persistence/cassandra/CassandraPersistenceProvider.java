package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.OpenedPersistence;
import org.acme.users.persistence.spi.PersistenceProvider;
import org.acme.users.persistence.spi.Setting;
import org.acme.users.persistence.spi.SettingValues;
import org.acme.users.persistence.spi.TestDatabaseKind;

/** {@code PERSISTENCE=cassandra}: the adapter on a Cassandra cluster, or on an embedded node for trying out. */
public final class CassandraPersistenceProvider implements PersistenceProvider {

    static final Setting CONTACT_POINTS = Setting.optional("CASSANDRA_CONTACT_POINTS",
            "nodes as host[:port],... (port 9042 by default); none: an embedded single node in a child JVM keeping"
                    + " its data in ./data/cassandra, for trying out only (it needs a JDK 17 to 23)");
    static final Setting LOCAL_DATACENTER = Setting.withDefault("CASSANDRA_LOCAL_DATACENTER",
            CassandraSettings.DEFAULT_DATACENTER, "the data centre whose nodes serve the requests");
    static final Setting KEYSPACE = Setting.withDefault("CASSANDRA_KEYSPACE", CassandraSettings.DEFAULT_KEYSPACE,
            "the keyspace of the tables; created when missing, with up to 3 replicas in the local data centre");
    static final Setting CONSISTENCY = Setting.withDefault("CASSANDRA_CONSISTENCY", "QUORUM",
            "of plain reads and writes: QUORUM, LOCAL_QUORUM, EACH_QUORUM or ALL");
    static final Setting SERIAL_CONSISTENCY = Setting.withDefault("CASSANDRA_SERIAL_CONSISTENCY", "SERIAL",
            "of the conditions (lightweight transactions): SERIAL or LOCAL_SERIAL");

    @Override
    public String name() {
        return CassandraDatabaseHealth.ADAPTER;
    }

    @Override
    public List<Setting> settings() {
        return List.of(CONTACT_POINTS, LOCAL_DATACENTER, KEYSPACE, CONSISTENCY, SERIAL_CONSISTENCY);
    }

    @Override
    public OpenedPersistence open(SettingValues values) {
        Optional<List<InetSocketAddress>> contactPoints = values.findNotBlank(CONTACT_POINTS)
                .map(text -> valid(CONTACT_POINTS, () -> CassandraSettings.parseContactPoints(text)));
        CassandraSettings checked = settings(values, contactPoints.orElse(List.of(
                InetSocketAddress.createUnresolved("127.0.0.1", CassandraSettings.DEFAULT_PORT))));
        if (contactPoints.isPresent()) {
            return opened(connect(checked), () -> { });
        }
        EmbeddedCassandra embedded = EmbeddedCassandra.start(EmbeddedCassandra.DEFAULT_DIRECTORY);
        try {
            InetSocketAddress node = embedded.node().cqlAddress();
            CassandraSettings onTheNode = new CassandraSettings(List.of(node), checked.localDatacenter(),
                    checked.keyspace(), checked.consistency(), checked.serialConsistency(), checked.requestTimeout(),
                    checked.claimTakeover(), checked.replicationFactor());
            return opened(connect(onTheNode), embedded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    @Override
    public List<TestDatabaseKind> testDatabases() {
        return CassandraTestDatabases.kinds();
    }

    private static CassandraSettings settings(SettingValues values, List<InetSocketAddress> contactPoints) {
        String datacenter = valueOf(values, LOCAL_DATACENTER).strip();
        if (datacenter.isEmpty()) {
            throw new InvalidSettingException(LOCAL_DATACENTER.name(), "must not be blank");
        }
        CassandraSettings named = valid(KEYSPACE,
                () -> CassandraSettings.of(contactPoints, datacenter, valueOf(values, KEYSPACE).strip()));
        DefaultConsistencyLevel plain = level(values, CONSISTENCY);
        DefaultConsistencyLevel serial = level(values, SERIAL_CONSISTENCY);
        valid(SERIAL_CONSISTENCY, () -> named.withConsistency(named.consistency(), serial));
        return valid(CONSISTENCY, () -> named.withConsistency(plain, serial));
    }

    private static DefaultConsistencyLevel level(SettingValues values, Setting setting) {
        String text = valueOf(values, setting).strip().toUpperCase(Locale.ROOT);
        return valid(setting, () -> DefaultConsistencyLevel.valueOf(text));
    }

    /** The given value, else the default: a caller that names only some settings gets the rest as documented. */
    private static String valueOf(SettingValues values, Setting setting) {
        return values.find(setting).or(setting::defaultValue).orElseThrow();
    }

    private static CassandraPersistence connect(CassandraSettings settings) {
        try {
            return CassandraPersistence.connect(settings);
        } catch (RepositoryUnavailableException e) {
            throw new InvalidSettingException(CONTACT_POINTS.name(), "no Cassandra node answers at "
                    + settings.contactPoints() + " (data centre " + settings.localDatacenter() + ")", e);
        } catch (IllegalStateException e) {
            throw new InvalidSettingException(KEYSPACE.name(), e.getMessage(), e);
        }
    }

    private static OpenedPersistence opened(CassandraPersistence persistence, AutoCloseable alsoClose) {
        return new OpenedPersistence(persistence.userRepository(), persistence.databaseHealth(), registry -> { },
                () -> {
                    try (alsoClose) {
                        persistence.close();
                    }
                });
    }

    private static <T> T valid(Setting setting, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(setting.name(), e.getMessage(), e);
        }
    }
}

package org.acme.users.benchmarks.store;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.net.InetSocketAddress;
import java.util.List;
import org.acme.users.adapter.persistence.cassandra.CassandraPersistence;
import org.acme.users.adapter.persistence.cassandra.CassandraSettings;
import org.acme.users.domain.model.UserId;

/**
 * A keyspace of its own per size on the benchmarks' Cassandra node, with the adapter on it, which creates the keyspace
 * and its tables through its migrations, and a raw driver session of its own on the same tables, at the adapter's
 * consistency levels and protocol version. The node keeps the seed users between benchmark JVMs and runs.
 */
public final class CassandraStore implements BenchmarkStore {

    private final CassandraPersistence adapter;
    private final CqlSession session;
    private final UserOperations port;
    private final CassandraOperations raw;
    private final String product;

    private CassandraStore(CassandraPersistence adapter, CqlSession session, CassandraOperations raw) {
        this.adapter = adapter;
        this.session = session;
        this.port = new PortOperations(adapter.userRepository());
        this.raw = raw;
        this.product = adapter.databaseHealth().check().database();
    }

    /** Opens {@code keyspace} on the node at {@code node}, seeding it unless it holds exactly the seed users. */
    public static CassandraStore open(String label, InetSocketAddress node, String keyspace, int users) {
        CassandraSettings settings = CassandraSettings.of(List.of(node), CassandraSettings.DEFAULT_DATACENTER, keyspace);
        CassandraPersistence adapter = CassandraPersistence.connect(settings);
        CqlSession session = null;
        try {
            session = rawSession(settings);
            CassandraOperations raw = new CassandraOperations(session);
            CassandraSeeder seeder = new CassandraSeeder(session);
            SeededData.ensure(label, users, seeder.storedUsers(), adapter.userRepository(),
                    seeder::replaceAllWithSeedUsers);
            CassandraStore store = new CassandraStore(adapter, session, raw);
            RunLog.note("database", label, store.product);
            return store;
        } catch (RuntimeException e) {
            if (session != null) {
                session.close();
            }
            adapter.close();
            throw new IllegalStateException("cannot open " + label + ": " + e.getMessage(), e);
        }
    }

    @Override
    public UserOperations port() {
        return port;
    }

    @Override
    public CassandraOperations raw() {
        return raw;
    }

    @Override
    public void discard(UserId id) {
        raw.discard(id);
    }

    @Override
    public String product() {
        return product;
    }

    @Override
    public void close() {
        try {
            session.close();
        } finally {
            adapter.close();
        }
    }

    /** The adapter's protocol version (V4), consistency levels and request timeout; the driver's defaults otherwise. */
    private static CqlSession rawSession(CassandraSettings settings) {
        InetSocketAddress node = settings.contactPoints().get(0);
        return CqlSession.builder()
                .addContactPoint(node)
                .withLocalDatacenter(settings.localDatacenter())
                .withKeyspace(settings.keyspace())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withString(DefaultDriverOption.PROTOCOL_VERSION, "V4")
                        .withString(DefaultDriverOption.REQUEST_CONSISTENCY, settings.consistency().name())
                        .withString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY,
                                settings.serialConsistency().name())
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, settings.requestTimeout())
                        .build())
                .build();
    }
}

package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.acme.users.domain.port.UserRepository;

/**
 * The Cassandra adapter, ready to use: {@link #connect} opens one driver session, creates the keyspace if it is
 * missing, applies the schema migrations and prepares the statements; the ports it hands out share that session,
 * which {@link #close} closes. Safe for concurrent use; the driver reconnects by itself once a lost node is back.
 */
public final class CassandraPersistence implements AutoCloseable {

    private final CqlSession session;
    private final UserRepository users;
    private final DatabaseHealth health;

    private CassandraPersistence(CqlSession session, UserRepository users, DatabaseHealth health) {
        this.session = session;
        this.users = users;
        this.health = health;
    }

    /**
     * Connects and prepares the keyspace, or fails at once: nodes that cannot be reached within the settings'
     * timeouts are a {@link RepositoryUnavailableException}, a keyspace that cannot be prepared an
     * {@link IllegalStateException} saying why.
     */
    public static CassandraPersistence connect(CassandraSettings settings) {
        return connect(settings, Clock.systemUTC(), step -> { });
    }

    /** As {@link #connect(CassandraSettings)}, with the clock of the claims and a listener at each write step. */
    static CassandraPersistence connect(CassandraSettings settings, Clock clock, Consumer<WriteStep> steps) {
        CqlSession session = openSession(settings);
        try {
            DatabaseHealth health = CassandraDatabaseHealth.start(session);
            createKeyspaceIfMissing(session, settings);
            new SchemaMigrations(session, settings.keyspace()).apply();
            return new CassandraPersistence(session, repository(session, settings, clock, steps), health);
        } catch (DriverException e) {
            session.close();
            throw startUpFailure(e, settings);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    public UserRepository userRepository() {
        return users;
    }

    public DatabaseHealth databaseHealth() {
        return health;
    }

    /** Closes the session and its connections; the ports fail from then on. */
    @Override
    public void close() {
        session.close();
    }

    private static CqlSession openSession(CassandraSettings settings) {
        try {
            return CqlSession.builder()
                    .addContactPoints(settings.contactPoints().stream()
                            .map(point -> new InetSocketAddress(point.getHostString(), point.getPort()))
                            .toList())
                    .withLocalDatacenter(settings.localDatacenter())
                    .withConfigLoader(DriverConfiguration.of(settings))
                    .build();
        } catch (DriverException e) {
            throw startUpFailure(e, settings);
        }
    }

    private static UserRepository repository(
            CqlSession session, CassandraSettings settings, Clock clock, Consumer<WriteStep> steps) {
        UsersTableMapper mapper = new UsersTableMapperBuilder(session).build();
        CqlIdentifier keyspace = CqlIdentifier.fromInternal(settings.keyspace());
        UnaryOperator<BoundStatementBuilder> serial =
                statement -> statement.setConsistencyLevel(settings.serialConsistency());
        PartitionQueue queue = new PartitionQueue(settings.requestTimeout().multipliedBy(2));
        StoredUsers users = new StoredUsers(mapper.users(keyspace), serial, queue);
        EmailClaims claims = new EmailClaims(
                mapper.claims(keyspace), users, serial, clock, settings.claimTakeover(), queue);
        OwnerClaims ownerClaims = new OwnerClaims(
                mapper.ownerClaims(keyspace), users, serial, clock, settings.claimTakeover(), queue);
        return new CassandraUserRepository(users, claims, ownerClaims, new PageIndex(mapper.pageIndex(keyspace)),
                steps);
    }

    /**
     * A new keyspace replicates each row to as many nodes as the settings say, else to every node of the local data
     * centre, at most three. An existing keyspace is left exactly as it is: replication is the operator's choice.
     */
    private static void createKeyspaceIfMissing(CqlSession session, CassandraSettings settings) {
        if (session.getMetadata().getKeyspace(settings.keyspace()).isPresent()) {
            return;
        }
        long localNodes = session.getMetadata().getNodes().values().stream()
                .filter(node -> settings.localDatacenter().equals(node.getDatacenter()))
                .count();
        int replicas = settings.replicationFactor().orElse((int) Math.max(1, Math.min(3, localNodes)));
        SchemaChanges.apply(session, "CREATE KEYSPACE IF NOT EXISTS " + settings.keyspace()
                + " WITH replication = {'class': 'NetworkTopologyStrategy', '"
                + settings.localDatacenter().replace("'", "''") + "': " + replicas + "}");
    }

    private static RuntimeException startUpFailure(DriverException failure, CassandraSettings settings) {
        RuntimeException translated = CassandraFailures.of(failure, "start-up");
        if (translated instanceof RepositoryUnavailableException) {
            return translated;
        }
        // Unlike at run time the driver's message is kept: the operator needs the reason (it has no password).
        return new IllegalStateException("Cassandra refused to prepare keyspace " + settings.keyspace() + ": "
                + failure.getMessage(), failure);
    }
}

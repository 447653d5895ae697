package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.acme.users.domain.port.UserRepository;

/**
 * The adapter on a keyspace of its own on a shared node or ring, created by the adapter as it would be in
 * production, and dropped at the end; plus the means to empty it between tests without truncating (a truncation needs
 * every node up, and a test stops one).
 */
final class KeyspaceUnderTest implements AutoCloseable {

    private final SharedClusters.Cluster cluster;
    private final String keyspace;
    private final CassandraPersistence persistence;

    private KeyspaceUnderTest(SharedClusters.Cluster cluster, String keyspace, CassandraPersistence persistence) {
        this.cluster = cluster;
        this.keyspace = keyspace;
        this.persistence = persistence;
    }

    static KeyspaceUnderTest create(SharedClusters.Cluster cluster) {
        return create(cluster, Clock.systemUTC(), step -> { });
    }

    static KeyspaceUnderTest create(SharedClusters.Cluster cluster, Clock clock, Consumer<WriteStep> steps) {
        String keyspace = CassandraTestDatabases.uniqueKeyspace();
        CassandraSettings settings = CassandraSettings.of(cluster.contactPoints(),
                CassandraSettings.DEFAULT_DATACENTER, keyspace);
        return new KeyspaceUnderTest(cluster, keyspace, CassandraPersistence.connect(settings, clock, steps));
    }

    CassandraPersistence persistence() {
        return persistence;
    }

    String keyspace() {
        return keyspace;
    }

    CqlSession inspector() {
        return cluster.admin();
    }

    /** Deletes every partition the adapter wrote (each a partition tombstone, cheap to read past). */
    UserRepository emptyRepository() {
        List<CompletableFuture<?>> deletes = new ArrayList<>();
        for (Row bucket : rows("SELECT bucket FROM " + keyspace + ".user_id_buckets WHERE directory = 0")) {
            long value = bucket.getLong("bucket");
            for (Row id : rows("SELECT id FROM " + keyspace + ".user_ids_by_bucket WHERE bucket = " + value)) {
                deletes.add(delete("users WHERE id = ?", IdOrder.idOf(id.getByteBuffer("id")).value()));
            }
            deletes.add(delete("user_ids_by_bucket WHERE bucket = ?", value));
        }
        for (Row claim : rows("SELECT DISTINCT email FROM " + keyspace + ".email_claims")) {
            deletes.add(delete("email_claims WHERE email = ?", claim.getString("email")));
        }
        deletes.add(delete("user_id_buckets WHERE directory = ?", 0));
        CompletableFuture.allOf(deletes.toArray(CompletableFuture[]::new)).join();
        return persistence.userRepository();
    }

    private List<Row> rows(String query) {
        return cluster.admin().execute(query).all();
    }

    private CompletableFuture<?> delete(String fromWhere, Object key) {
        return cluster.admin().executeAsync(SimpleStatement.newInstance("DELETE FROM " + keyspace + "." + fromWhere,
                key)).toCompletableFuture();
    }

    @Override
    public void close() {
        try {
            persistence.close();
        } finally {
            SchemaChanges.apply(cluster.admin(), "DROP KEYSPACE IF EXISTS " + keyspace);
        }
    }
}

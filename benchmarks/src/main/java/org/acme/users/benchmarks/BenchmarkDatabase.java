package org.acme.users.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.acme.users.benchmarks.store.BenchmarkCassandraNode;
import org.acme.users.benchmarks.store.BenchmarkStore;
import org.acme.users.benchmarks.store.CassandraStore;
import org.acme.users.benchmarks.store.MongoStore;
import org.acme.users.benchmarks.store.RedisStore;
import org.acme.users.benchmarks.store.ServerDatabases;
import org.acme.users.benchmarks.store.SqlEngine;
import org.acme.users.benchmarks.store.SqlStore;
import org.acme.users.benchmarks.store.SqlTarget;

/**
 * The databases the benchmarks run on. Each size gets a database of its own ({@code users_bench_<size>}): the
 * server databases and the embedded files keep their seed between runs; the embedded MongoDB-compatible server
 * lives in the benchmark JVM and is seeded anew in each fork.
 */
public enum BenchmarkDatabase {

    H2,
    SQLITE,
    POSTGRESQL,
    MARIADB,
    /** mongo-java-server with its in-memory backend, in the benchmark JVM. */
    MONGO_EMBEDDED,
    /** A real MongoDB server at {@code MONGODB_URI}; only when that variable is set. */
    MONGODB,
    /** The Redis server at 127.0.0.1:6379, the users under a key prefix of their own per size. */
    REDIS,
    /**
     * One Cassandra 5.0 node in a JVM of its own (see {@code BenchmarkCassandraNode}), the users in a keyspace of
     * their own per size.
     */
    CASSANDRA;

    private static final String POSTGRESQL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String REDIS_SERVER = "redis://127.0.0.1:6379";
    private static final String DATA_DIRECTORY_PROPERTY = "bench.dataDir";

    public BenchmarkStore open(int users) {
        String name = "users_bench_" + users;
        try {
            return switch (this) {
                case H2 -> SqlStore.open(name(), new SqlTarget(SqlEngine.H2,
                        "jdbc:h2:file:" + dataDirectory().resolve(name).toAbsolutePath(), "sa", ""), users);
                case SQLITE -> SqlStore.open(name(), new SqlTarget(SqlEngine.SQLITE,
                        "jdbc:sqlite:" + dataDirectory().resolve(name + ".db").toAbsolutePath(), "", ""), users);
                case POSTGRESQL -> {
                    ServerDatabases.createPostgresql(POSTGRESQL_SERVER, "postgres", "", name);
                    yield SqlStore.open(name(), new SqlTarget(SqlEngine.POSTGRESQL,
                            POSTGRESQL_SERVER + name, "postgres", ""), users);
                }
                case MARIADB -> {
                    ServerDatabases.createMariadb(MARIADB_SERVER, "root", "", name);
                    yield SqlStore.open(name(), new SqlTarget(SqlEngine.MARIADB, MARIADB_SERVER + name, "root", ""), users);
                }
                case MONGO_EMBEDDED -> MongoStore.openEmbedded(name(), users);
                case MONGODB -> MongoStore.open(name(), mongodbUri(), name, users);
                case REDIS -> RedisStore.open(name(), REDIS_SERVER, name + ":", users);
                case CASSANDRA -> CassandraStore.open(name(),
                        BenchmarkCassandraNode.contactPoint(dataDirectory()), name, users);
            };
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare " + this + ": " + e.getMessage(), e);
        }
    }

    private static Path dataDirectory() {
        Path directory = Path.of(System.getProperty(DATA_DIRECTORY_PROPERTY, "target/bench-data"));
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + directory, e);
        }
    }

    private static String mongodbUri() {
        String uri = System.getenv("MONGODB_URI");
        if (uri == null || uri.isBlank()) {
            throw new IllegalStateException("MONGODB needs MONGODB_URI; leave it out of the database list otherwise");
        }
        return uri;
    }
}

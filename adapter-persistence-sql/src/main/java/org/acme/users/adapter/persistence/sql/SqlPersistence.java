package org.acme.users.adapter.persistence.sql;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.hibernate.SessionFactory;
import org.mapstruct.factory.Mappers;

/**
 * The SQL adapter, ready to use: connects to the database named by a JDBC URL (H2, PostgreSQL,
 * MariaDB/MySQL or SQLite), brings its schema up to date with Flyway, and serves the
 * {@link UserRepository} and {@link DatabaseHealth} ports. Close it to release the pool.
 *
 * <pre>{@code
 * try (SqlPersistence sql = SqlPersistence.connect(SqlSettings.of(url, user, password))) {
 *     UserRepository users = sql.userRepository();
 * }
 * }</pre>
 */
public final class SqlPersistence implements AutoCloseable {

    private final HikariDataSource pool;
    private final SessionFactory sessionFactory;
    private final SqlUserRepository userRepository;
    private final SqlDatabaseHealth databaseHealth;

    private SqlPersistence(HikariDataSource pool, SessionFactory sessionFactory, String database) {
        this.pool = pool;
        this.sessionFactory = sessionFactory;
        this.userRepository = new SqlUserRepository(sessionFactory, Mappers.getMapper(UserEntityMapper.class));
        this.databaseHealth = new SqlDatabaseHealth(pool, database);
    }

    /**
     * Connects, migrates the schema and validates the mapping against it.
     *
     * @throws IllegalArgumentException if the URL is not one of a supported database
     * @throws IllegalStateException if the database cannot be reached or its schema cannot be brought up to date;
     *                               the message is one line that names the database (without the URL's parameters) and the reason
     */
    public static SqlPersistence connect(SqlSettings settings) {
        return connect(settings, Map.of());
    }

    /** As {@link #connect(SqlSettings)}, with extra Hibernate settings; lets tests watch the statements sent. */
    static SqlPersistence connect(SqlSettings settings, Map<String, ?> extraHibernateProperties) {
        return connect(settings, extraHibernateProperties, UnaryOperator.identity());
    }

    /** As above, with Hibernate given {@code hibernatesView} of the pool; lets tests watch what it does to connections. */
    static SqlPersistence connect(SqlSettings settings, Map<String, ?> extraHibernateProperties,
            UnaryOperator<DataSource> hibernatesView) {
        SupportedDatabase database = SupportedDatabase.fromJdbcUrl(settings.jdbcUrl());
        HikariDataSource pool = openPool(settings, database);
        try {
            String description = describeDatabase(pool, settings);
            migrate(pool, database, settings);
            SessionFactory sessionFactory = startHibernate(hibernatesView.apply(pool), database, settings,
                    extraHibernateProperties);
            SqlPersistence persistence = new SqlPersistence(pool, sessionFactory, description);
            persistence.userRepository.parseQueries();
            return persistence;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public UserRepository userRepository() {
        return userRepository;
    }

    public DatabaseHealth databaseHealth() {
        return databaseHealth;
    }

    /**
     * Reports the connection pool's figures (active, idle, pending connections, wait times) through the given
     * factory, e.g. HikariCP's {@code MicrometerMetricsTrackerFactory}. Can be called once.
     */
    public void reportPoolMetrics(MetricsTrackerFactory metrics) {
        pool.setMetricsTrackerFactory(metrics);
    }

    @Override
    public void close() {
        databaseHealth.close();
        try {
            sessionFactory.close();
        } finally {
            pool.close();
        }
    }

    private static HikariDataSource openPool(SqlSettings settings, SupportedDatabase database) {
        try {
            return ConnectionPool.open(settings, database);
        } catch (RuntimeException e) {
            String asUser = settings.user().isEmpty() ? "" : " as user '" + settings.user() + "'";
            throw startupFailure(settings, "cannot connect" + asUser, e);
        }
    }

    private static String describeDatabase(HikariDataSource pool, SqlSettings settings) {
        try (Connection connection = pool.getConnection()) {
            return SqlDatabaseHealth.describe(connection.getMetaData());
        } catch (SQLException e) {
            throw startupFailure(settings, "cannot read the database's product and version", e);
        }
    }

    private static void migrate(HikariDataSource pool, SupportedDatabase database, SqlSettings settings) {
        try {
            SchemaMigration.migrate(pool, database);
        } catch (RuntimeException e) {
            throw startupFailure(settings, "cannot bring the schema up to date", e);
        }
    }

    private static SessionFactory startHibernate(DataSource pool, SupportedDatabase database,
            SqlSettings settings, Map<String, ?> extraHibernateProperties) {
        try {
            return HibernateSessionFactory.build(pool, database, extraHibernateProperties);
        } catch (RuntimeException e) {
            throw startupFailure(settings, "the schema does not match what the adapter maps", e);
        }
    }

    /** One line: the setting, what failed, and the innermost cause's first line, which usually says why. */
    private static IllegalStateException startupFailure(SqlSettings settings, String problem, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines()
                .findFirst()
                .orElse("")
                .strip();
        return new IllegalStateException(
                "the database at " + settings.jdbcUrlWithoutParameters() + ": " + problem + ": " + reason, e);
    }
}

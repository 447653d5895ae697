package org.acme.users.adapter.persistence.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;

/** Opens the HikariCP pool the adapter runs on, tuned to notice a lost database within seconds, not minutes. */
final class ConnectionPool {

    private static final String POOL_NAME = "users-sql";
    private static final String HEALTH_POOL_NAME = "users-sql-health";
    /** Few idle connections: several services may share one database server. */
    private static final int MINIMUM_IDLE = 2;
    /** Idle connections are pinged this often, so a dead one is replaced before a request would borrow it. */
    private static final Duration KEEPALIVE = Duration.ofSeconds(60);
    private static final Duration LONGEST_VALIDATION = Duration.ofSeconds(1);
    /** Within the health check's own answer time, so that a lost database reads as DOWN, not as no answer. */
    private static final Duration HEALTH_CONNECTION_TIMEOUT = Duration.ofSeconds(1);

    private ConnectionPool() {
    }

    /** Opens the pool; fails at once, not after a wait, when the first connection cannot be made. */
    static HikariDataSource open(SqlSettings settings, SupportedDatabase database) {
        HikariConfig config = connectingTo(settings, database, POOL_NAME);
        int maxPoolSize = settings.maxPoolSize().orElse(database.defaultMaxPoolSize());
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(Math.min(MINIMUM_IDLE, maxPoolSize));
        long connectionTimeout = settings.connectionTimeout().toMillis();
        config.setConnectionTimeout(connectionTimeout);
        // Hikari checks a connection that sat idle before lending it; that check must fit in the connection timeout.
        config.setValidationTimeout(Math.min(LONGEST_VALIDATION.toMillis(), connectionTimeout / 2));
        config.setKeepaliveTime(KEEPALIVE.toMillis());
        config.setExceptionOverride(new BrokenConnectionEviction());
        config.setInitializationFailTimeout(1);
        return new ExhaustionReportingPool(config);
    }

    /**
     * Opens the one connection that the health probe uses, kept apart from the request pool: a service whose
     * requests hold every pooled connection is busy, not down, and its probe must still reach the database.
     * It does not wait for its connection at start-up; the request pool has just proved the database there.
     */
    static HikariDataSource openForHealth(SqlSettings settings, SupportedDatabase database) {
        HikariConfig config = connectingTo(settings, database, HEALTH_POOL_NAME);
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(HEALTH_CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(LONGEST_VALIDATION.toMillis() / 2);
        config.setKeepaliveTime(KEEPALIVE.toMillis());
        config.setExceptionOverride(new BrokenConnectionEviction());
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /**
     * Connections straight from the driver, each closed when returned, for the schema migration: Flyway holds
     * two at once (one for its lock), which a pool of {@code DATABASE_POOL_SIZE=1} could never lend it.
     */
    static DataSource unpooled(SqlSettings settings, SupportedDatabase database) {
        Properties driverProperties = new Properties();
        driverProperties.putAll(database.driverProperties());
        return new DriverDataSource(database.connectableUrl(settings.jdbcUrl()), database.driverClassName(),
                driverProperties, settings.user(), settings.password());
    }

    private static HikariConfig connectingTo(SqlSettings settings, SupportedDatabase database, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(database.connectableUrl(settings.jdbcUrl()));
        config.setDriverClassName(database.driverClassName());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        database.driverProperties().forEach(config::addDataSourceProperty);
        return config;
    }
}

package org.acme.users.adapter.persistence.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/** Opens the HikariCP pool the adapter runs on, tuned to notice a lost database within seconds, not minutes. */
final class ConnectionPool {

    private static final String POOL_NAME = "users-sql";
    /** Few idle connections: several services may share one database server. */
    private static final int MINIMUM_IDLE = 2;
    /** Idle connections are pinged this often, so a dead one is replaced before a request would borrow it. */
    private static final Duration KEEPALIVE = Duration.ofSeconds(60);
    private static final Duration LONGEST_VALIDATION = Duration.ofSeconds(1);

    private ConnectionPool() {
    }

    /** Opens the pool; fails at once, not after a wait, when the first connection cannot be made. */
    static HikariDataSource open(SqlSettings settings, SupportedDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(POOL_NAME);
        config.setJdbcUrl(database.connectableUrl(settings.jdbcUrl()));
        config.setDriverClassName(database.driverClassName());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        database.driverProperties().forEach(config::addDataSourceProperty);

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
        return new HikariDataSource(config);
    }
}

package org.acme.users.adapter.persistence.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;

/**
 * Asks the database whether it still answers, over a connection of its own outside the request pool, so that
 * a pool exhausted by requests leaves the service UP while the database answers. The probe runs on a thread of
 * its own so that {@link #check()} answers within {@link #ANSWER_WITHIN} whatever the network does, and
 * callers that arrive while a probe is still out share it instead of piling up more.
 */
final class SqlDatabaseHealth implements DatabaseHealth, AutoCloseable {

    static final String ADAPTER = SqlPersistenceProvider.NAME;
    private static final Duration ANSWER_WITHIN = Duration.ofMillis(1500);
    private static final int VALIDATION_SECONDS = 1;

    private final DataSource dataSource;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "users-sql-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Boolean> probeInFlight = CompletableFuture.completedFuture(true);
    private volatile String database;

    SqlDatabaseHealth(DataSource dataSource, String database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    /** Product and version as the JDBC driver reports them, such as {@code PostgreSQL 15.20}. */
    static String describe(DatabaseMetaData metaData) throws SQLException {
        return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
    }

    @Override
    public DatabaseStatus check() {
        boolean up;
        try {
            up = currentProbe().get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            up = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
        }
        return new DatabaseStatus(ADAPTER, database, up);
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }

    private synchronized CompletableFuture<Boolean> currentProbe() {
        if (prober.isShutdown()) {
            return CompletableFuture.completedFuture(false);
        }
        if (probeInFlight.isDone()) {
            probeInFlight = CompletableFuture.supplyAsync(this::probe, prober);
        }
        return probeInFlight;
    }

    private boolean probe() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_SECONDS);
            if (valid) {
                database = describe(connection.getMetaData());
            }
            return valid;
        } catch (SQLException e) {
            return false;
        }
    }
}

package org.acme.users.adapter.persistence.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.bson.UuidRepresentation;

/**
 * Where the users are kept and how long to wait for MongoDB. {@link #of} starts from the adapter's defaults, lets
 * the options written in the connection string override them, and the {@code with…} methods override both.
 *
 * @param connectionString       a {@code mongodb://} or {@code mongodb+srv://} connection string
 * @param databaseName           the database that holds the {@code users} collection
 * @param writeConcern           must be acknowledged, since every versioned change reads the matched count
 * @param serverSelectionTimeout how long an operation waits for a suitable server before giving up
 * @param connectTimeout         how long opening one connection may take
 * @param operationTimeout       the bound on a whole operation, retries included
 */
public record MongoSettings(
        String connectionString,
        String databaseName,
        WriteConcern writeConcern,
        Duration serverSelectionTimeout,
        Duration connectTimeout,
        Duration operationTimeout) {

    /** Acknowledged by a majority and journaled: such a write survives the fail-over of a replica set's primary. */
    public static final WriteConcern DEFAULT_WRITE_CONCERN = WriteConcern.MAJORITY.withJournal(true);
    /** A few seconds rather than the driver's 30, so a missing server soon becomes a 503, not a hung request. */
    public static final Duration DEFAULT_SERVER_SELECTION_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_OPERATION_TIMEOUT = Duration.ofSeconds(5);

    public MongoSettings {
        Objects.requireNonNull(connectionString, "connectionString");
        Objects.requireNonNull(databaseName, "databaseName");
        Objects.requireNonNull(writeConcern, "writeConcern");
        parse(connectionString);
        if (databaseName.isBlank()) {
            throw new IllegalArgumentException("the MongoDB database name must not be blank");
        }
        if (!writeConcern.isAcknowledged()) {
            throw new IllegalArgumentException("the write concern must be acknowledged: versioned changes need the result");
        }
        requirePositive(serverSelectionTimeout, "serverSelectionTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(operationTimeout, "operationTimeout");
    }

    /** The adapter's defaults, except where the connection string sets an option itself. */
    public static MongoSettings of(String connectionString, String databaseName) {
        ConnectionString parsed = parse(Objects.requireNonNull(connectionString, "connectionString"));
        return new MongoSettings(
                connectionString,
                databaseName,
                Objects.requireNonNullElse(parsed.getWriteConcern(), DEFAULT_WRITE_CONCERN),
                millisOr(parsed.getServerSelectionTimeout(), DEFAULT_SERVER_SELECTION_TIMEOUT),
                millisOr(parsed.getConnectTimeout(), DEFAULT_CONNECT_TIMEOUT),
                parsed.getTimeout() == null ? DEFAULT_OPERATION_TIMEOUT : Duration.ofMillis(parsed.getTimeout()));
    }

    public MongoSettings withWriteConcern(WriteConcern concern) {
        return new MongoSettings(
                connectionString, databaseName, concern, serverSelectionTimeout, connectTimeout, operationTimeout);
    }

    public MongoSettings withTimeouts(Duration serverSelection, Duration connect, Duration operation) {
        return new MongoSettings(connectionString, databaseName, writeConcern, serverSelection, connect, operation);
    }

    MongoClientSettings toClientSettings() {
        ConnectionString parsed = parse(connectionString);
        return MongoClientSettings.builder()
                .applyConnectionString(parsed)
                // Since driver 4 a UUID cannot be encoded until a representation is chosen; subtype 4 is the standard.
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .writeConcern(writeConcern)
                .retryWrites(Objects.requireNonNullElse(parsed.getRetryWritesValue(), true))
                .retryReads(Objects.requireNonNullElse(parsed.getRetryReads(), true))
                .applyToClusterSettings(cluster ->
                        cluster.serverSelectionTimeout(serverSelectionTimeout.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket ->
                        socket.connectTimeout(Math.toIntExact(connectTimeout.toMillis()), TimeUnit.MILLISECONDS))
                // The client-side operation timeout bounds selection, checkout, socket reads and retries together,
                // which no socket timeout can (it restarts with every retry).
                .timeout(operationTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    /** Leaves out the connection string, which may carry a password. */
    @Override
    public String toString() {
        return "MongoSettings[hosts=" + parse(connectionString).getHosts() + ", databaseName=" + databaseName
                + ", writeConcern=" + writeConcern + ", serverSelectionTimeout=" + serverSelectionTimeout
                + ", connectTimeout=" + connectTimeout + ", operationTimeout=" + operationTimeout + "]";
    }

    private static ConnectionString parse(String connectionString) {
        try {
            return new ConnectionString(connectionString);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid MongoDB connection string: " + e.getMessage(), e);
        }
    }

    private static Duration millisOr(Integer millis, Duration fallback) {
        return millis == null ? fallback : Duration.ofMillis(millis);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}

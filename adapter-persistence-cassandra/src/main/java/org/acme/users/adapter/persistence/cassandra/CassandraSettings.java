package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the users are kept and how the adapter talks to Cassandra. {@link #of} gives the adapter's defaults; the
 * {@code with…} methods change one thing each.
 *
 * @param contactPoints       nodes to ask for the ring at start-up; the driver finds the others itself
 * @param localDatacenter     the data centre whose nodes serve the requests (Cassandra's default is {@code datacenter1})
 * @param keyspace            holds the adapter's tables; created when missing
 * @param consistency         of every plain read and write, and of the commit of a conditional one: a quorum by default,
 *                            so a read sees every acknowledged write while any minority of replicas is down
 * @param serialConsistency   of the conditions (lightweight transactions) and of the reads that settle them
 * @param requestTimeout      how long one request may take before the port reports the database unavailable
 * @param claimTakeover       how old an address claim whose user never took that address must be before another user
 *                            may take it over: longer than any operation runs, plus the clock skew between services
 * @param replicationFactor   replicas of each row if the adapter creates the keyspace; empty: the nodes of the local
 *                            data centre, at most 3. An existing keyspace is left as it is.
 */
public record CassandraSettings(
        List<InetSocketAddress> contactPoints,
        String localDatacenter,
        String keyspace,
        DefaultConsistencyLevel consistency,
        DefaultConsistencyLevel serialConsistency,
        Duration requestTimeout,
        Duration claimTakeover,
        OptionalInt replicationFactor) {

    public static final String DEFAULT_DATACENTER = "datacenter1";
    public static final String DEFAULT_KEYSPACE = "users";
    public static final int DEFAULT_PORT = 9042;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_CLAIM_TAKEOVER = Duration.ofSeconds(60);

    /** Levels at which every read overlaps every write, so none of them can miss an acknowledged change. */
    static final Set<DefaultConsistencyLevel> OVERLAPPING = Set.of(
            DefaultConsistencyLevel.QUORUM, DefaultConsistencyLevel.LOCAL_QUORUM,
            DefaultConsistencyLevel.EACH_QUORUM, DefaultConsistencyLevel.ALL);
    static final Set<DefaultConsistencyLevel> SERIAL =
            Set.of(DefaultConsistencyLevel.SERIAL, DefaultConsistencyLevel.LOCAL_SERIAL);

    private static final Pattern KEYSPACE = Pattern.compile("[a-z][a-z0-9_]{0,47}");

    public CassandraSettings {
        contactPoints = List.copyOf(contactPoints);
        Objects.requireNonNull(localDatacenter, "localDatacenter");
        Objects.requireNonNull(keyspace, "keyspace");
        Objects.requireNonNull(consistency, "consistency");
        Objects.requireNonNull(serialConsistency, "serialConsistency");
        Objects.requireNonNull(replicationFactor, "replicationFactor");
        if (contactPoints.isEmpty()) {
            throw new IllegalArgumentException("at least one contact point is needed");
        }
        if (localDatacenter.isBlank()) {
            throw new IllegalArgumentException("the local data centre must not be blank");
        }
        if (!KEYSPACE.matcher(keyspace).matches()) {
            throw new IllegalArgumentException("a keyspace is a lower-case letter, then up to 47 lower-case letters,"
                    + " digits or _: " + keyspace);
        }
        if (!OVERLAPPING.contains(consistency)) {
            throw new IllegalArgumentException("the consistency must be one of " + OVERLAPPING
                    + ", so that reads see every acknowledged write: " + consistency);
        }
        if (!SERIAL.contains(serialConsistency)) {
            throw new IllegalArgumentException("the serial consistency must be one of " + SERIAL + ": "
                    + serialConsistency);
        }
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(claimTakeover, "claimTakeover");
        if (replicationFactor.isPresent() && replicationFactor.getAsInt() < 1) {
            throw new IllegalArgumentException("the replication factor must be at least 1: "
                    + replicationFactor.getAsInt());
        }
    }

    /** The adapter's defaults: quorum, serial conditions, 3 s per request, a claim taken over after 60 s. */
    public static CassandraSettings of(List<InetSocketAddress> contactPoints, String localDatacenter, String keyspace) {
        return new CassandraSettings(contactPoints, localDatacenter, keyspace, DefaultConsistencyLevel.QUORUM,
                DefaultConsistencyLevel.SERIAL, DEFAULT_REQUEST_TIMEOUT, DEFAULT_CLAIM_TAKEOVER, OptionalInt.empty());
    }

    /**
     * Contact points as written in a setting: {@code host[:port]} separated by commas, e.g.
     * {@code 10.0.0.1,10.0.0.2:9043}; the port is {@value #DEFAULT_PORT} where none is given.
     */
    public static List<InetSocketAddress> parseContactPoints(String text) {
        List<InetSocketAddress> points = Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(point -> !point.isEmpty())
                .map(CassandraSettings::parseContactPoint)
                .toList();
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no contact point in '" + text + "'");
        }
        return points;
    }

    public CassandraSettings withConsistency(DefaultConsistencyLevel plain, DefaultConsistencyLevel serial) {
        return new CassandraSettings(contactPoints, localDatacenter, keyspace, plain, serial, requestTimeout,
                claimTakeover, replicationFactor);
    }

    public CassandraSettings withRequestTimeout(Duration timeout) {
        return new CassandraSettings(contactPoints, localDatacenter, keyspace, consistency, serialConsistency, timeout,
                claimTakeover, replicationFactor);
    }

    public CassandraSettings withClaimTakeover(Duration after) {
        return new CassandraSettings(contactPoints, localDatacenter, keyspace, consistency, serialConsistency,
                requestTimeout, after, replicationFactor);
    }

    public CassandraSettings withReplicationFactor(int replicas) {
        return new CassandraSettings(contactPoints, localDatacenter, keyspace, consistency, serialConsistency,
                requestTimeout, claimTakeover, OptionalInt.of(replicas));
    }

    private static InetSocketAddress parseContactPoint(String point) {
        int colon = point.lastIndexOf(':');
        boolean hasPort = colon >= 0 && point.indexOf(':') == colon; // one colon: host:port; none or many: no port
        String host = hasPort ? point.substring(0, colon) : point;
        int port = DEFAULT_PORT;
        if (hasPort) {
            try {
                port = Integer.parseInt(point.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a port in contact point '" + point + "'", e);
            }
        }
        if (host.isBlank() || port < 1 || port > 65_535) {
            throw new IllegalArgumentException("not a host and port: '" + point + "'");
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}

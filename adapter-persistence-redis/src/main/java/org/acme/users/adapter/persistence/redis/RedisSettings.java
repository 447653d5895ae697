package org.acme.users.adapter.persistence.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.SslOptions;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Where the users are kept and how long to wait for Redis.
 *
 * @param url           a {@code redis://} or {@code rediss://} URL of the server, or of any node of a cluster
 * @param keyPrefix     put before every key, so that several services (or tests) can share one server
 * @param waitReplicas  how many replicas must confirm a write (Redis {@code WAIT}) before it is acknowledged
 * @param timeout       the bound on connecting and on each reply
 * @param deadline      the bound on one port operation, retries included
 */
public record RedisSettings(String url, String keyPrefix, int waitReplicas, Duration timeout, Duration deadline) {

    /** A few seconds, where a pool would wait for ever and a socket for minutes. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(4);
    public static final String DEFAULT_KEY_PREFIX = "users:";
    private static final int DEFAULT_PORT = 6379;

    /** No braces: a hash tag in the prefix would put every key in one slot of a cluster. */
    private static final Pattern KEY_PREFIX = Pattern.compile("[A-Za-z0-9_.:-]{0,64}");

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        parse(url);
        if (!KEY_PREFIX.matcher(keyPrefix).matches()) {
            throw new IllegalArgumentException(
                    "the key prefix must be at most 64 letters, digits and _ . : - (no braces): " + keyPrefix);
        }
        if (waitReplicas < 0) {
            throw new IllegalArgumentException("the replicas to wait for must not be negative: " + waitReplicas);
        }
        requirePositive(timeout, "timeout");
        requirePositive(deadline, "deadline");
    }

    public static RedisSettings of(String url) {
        return new RedisSettings(url, DEFAULT_KEY_PREFIX, 0, DEFAULT_TIMEOUT, DEFAULT_DEADLINE);
    }

    public RedisSettings withUrl(String otherUrl) {
        return new RedisSettings(otherUrl, keyPrefix, waitReplicas, timeout, deadline);
    }

    public RedisSettings withKeyPrefix(String prefix) {
        return new RedisSettings(url, prefix, waitReplicas, timeout, deadline);
    }

    public RedisSettings withWaitReplicas(int replicas) {
        return new RedisSettings(url, keyPrefix, replicas, timeout, deadline);
    }

    public RedisSettings withTimeouts(Duration replyTimeout, Duration operationDeadline) {
        return new RedisSettings(url, keyPrefix, waitReplicas, replyTimeout, operationDeadline);
    }

    HostAndPort address() {
        return JedisURIHelper.getHostAndPort(parse(url));
    }

    JedisClientConfig clientConfig() {
        URI uri = parse(url);
        int millis = Math.toIntExact(timeout.toMillis());
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder();
        if (JedisURIHelper.isRedisSSLScheme(uri)) {
            // TLS with the JVM's trust store and host name check, as rediss:// asks.
            config.sslOptions(SslOptions.defaults());
        }
        return config
                .connectionTimeoutMillis(millis)
                .socketTimeoutMillis(millis)
                .user(JedisURIHelper.getUser(uri))
                .password(JedisURIHelper.getPassword(uri))
                .database(JedisURIHelper.getDBIndex(uri))
                // Two round trips less on every new connection (no HELLO, no CLIENT SETINFO): RESP2, which every
                // server since Redis 2 speaks and which the adapter's replies are read as.
                .autoNegotiateProtocol(false)
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED)
                .build();
    }

    /** Leaves out the URL's user and password. */
    @Override
    public String toString() {
        return "RedisSettings[server=" + address() + ", keyPrefix=" + keyPrefix + ", waitReplicas=" + waitReplicas
                + ", timeout=" + timeout + ", deadline=" + deadline + "]";
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid Redis URL: " + e.getReason(), e);
        }
        if (uri.getHost() != null && uri.getPort() == -1) {
            uri = withPort(uri, DEFAULT_PORT);
        }
        if (!JedisURIHelper.isValid(uri)) {
            throw new IllegalArgumentException("not a valid Redis URL: expected redis://host:port or rediss://...");
        }
        return uri;
    }

    private static URI withPort(URI uri, int port) {
        try {
            return new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), port, uri.getPath(), uri.getQuery(),
                    uri.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid Redis URL: " + e.getReason(), e);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}

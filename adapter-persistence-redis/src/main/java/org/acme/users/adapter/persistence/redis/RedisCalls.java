package org.acme.users.adapter.persistence.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.acme.users.domain.port.RepositoryUnavailableException;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.Connection;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.exceptions.JedisRedirectionException;

/**
 * Runs one step of a port operation on the server that holds its key, within the operation's deadline, and
 * turns what Jedis throws into the port's exceptions. It tries again only what surely did not run: a
 * connection that could not be had, a redirection, a cluster that is electing a new primary, a script the
 * server forgot. A write whose reply was lost is not sent again, since it may have been applied: the caller
 * learns that the database is unavailable, as the port says, and reads back.
 */
final class RedisCalls {

    static final CommandObjects COMMANDS = new CommandObjects(RedisProtocol.RESP2);

    private static final Duration FIRST_PAUSE = Duration.ofMillis(50);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(500);
    /** Refusals given before a command runs: a cluster moving slots or promoting a replica, a script flushed twice. */
    private static final List<String> REFUSALS_BEFORE_RUNNING =
            List.of("CLUSTERDOWN", "TRYAGAIN", "MASTERDOWN", "LOADING", "READONLY", "NOSCRIPT");

    private final RedisNodes nodes;
    private final Duration deadline;
    private final int waitReplicas;
    private final Duration waitTimeout;

    RedisCalls(RedisNodes nodes, Duration deadline, int waitReplicas, Duration waitTimeout) {
        this.nodes = nodes;
        this.deadline = deadline;
        this.waitReplicas = waitReplicas;
        this.waitTimeout = waitTimeout;
    }

    /** A step that only reads: also tried again when the reply was lost, as reading twice changes nothing. */
    <T> T read(String key, String operation, Function<Connection, T> step) {
        return run(key, operation, step, true);
    }

    /** A step that may write: tried again only when it surely did not run. */
    <T> T write(String key, String operation, Function<Connection, T> step) {
        return run(key, operation, step, false);
    }

    /**
     * Several read-only scripts at once (see {@link RedisNodes#evaluateTogether}); any call that failed that way is
     * run again on its own, as {@link #read} runs one, which loads a forgotten script and waits out a fail-over.
     */
    List<Object> readTogether(List<ScriptCall> calls, String operation) {
        List<Object> replies = new ArrayList<>(nodes.evaluateTogether(calls));
        for (int i = 0; i < replies.size(); i++) {
            if (replies.get(i) instanceof RuntimeException) {
                ScriptCall call = calls.get(i);
                replies.set(i, read(call.keys().get(0), operation, connection ->
                        evaluate(connection, call.script(), call.keys(), call.args())));
            }
        }
        return replies;
    }

    /** Runs a script by its hash, loading it first on a server that does not know it (a restart, a fail-over). */
    static Object evaluate(Connection connection, UserScript script, List<String> keys, List<String> args) {
        try {
            return connection.executeCommand(COMMANDS.evalsha(script.sha1(), keys, args));
        } catch (JedisNoScriptException forgotten) {
            connection.executeCommand(COMMANDS.scriptLoad(script.source()));
            return connection.executeCommand(COMMANDS.evalsha(script.sha1(), keys, args));
        }
    }

    /**
     * After a write on {@code connection}: waits until the configured number of replicas has it, or fails, since
     * a write only the primary has can be lost when a replica takes over.
     */
    void confirmReplicated(Connection connection, String operation) {
        if (waitReplicas == 0) {
            return;
        }
        long confirmed = connection.executeCommand(COMMANDS.waitReplicas(waitReplicas, waitTimeout.toMillis()));
        if (confirmed < waitReplicas) {
            throw new RepositoryUnavailableException("Redis applied the " + operation + " on the primary, but only "
                    + confirmed + " of " + waitReplicas + " replicas confirmed it within " + waitTimeout.toMillis()
                    + " ms: it may be lost in a fail-over; read it back", null);
        }
    }

    private <T> T run(String key, String operation, Function<Connection, T> step, boolean repeatable) {
        long giveUpAt = System.nanoTime() + deadline.toNanos();
        Duration pause = FIRST_PAUSE;
        RuntimeException lastFailure = null;
        while (true) {
            Connection connection = null;
            try {
                connection = nodes.connectionFor(key);
            } catch (JedisException unreachable) {
                nodes.refreshTopologyQuietly();
                lastFailure = unreachable;
            }
            if (connection != null) {
                try (Connection borrowed = connection) {
                    return step.apply(borrowed);
                } catch (JedisConnectionException lost) {
                    nodes.recoverFromQuietly(connection);
                    if (!repeatable) {
                        throw new RepositoryUnavailableException("Redis did not answer the " + operation
                                + "; it may or may not have been applied", lost);
                    }
                    lastFailure = lost;
                } catch (JedisRedirectionException moved) {
                    nodes.refreshTopologyQuietly();
                    lastFailure = moved;
                } catch (JedisDataException refused) {
                    if (!isRefusalBeforeRunning(refused)) {
                        throw unexpected(refused, operation);
                    }
                    nodes.refreshTopologyQuietly();
                    lastFailure = refused;
                } catch (JedisException other) {
                    throw unexpected(other, operation);
                }
            }
            if (System.nanoTime() + pause.toNanos() > giveUpAt) {
                throw new RepositoryUnavailableException("Redis could not serve the " + operation + " within "
                        + deadline.toMillis() + " ms", lastFailure);
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private static boolean isRefusalBeforeRunning(JedisDataException refused) {
        String message = String.valueOf(refused.getMessage()).toUpperCase(Locale.ROOT);
        return REFUSALS_BEFORE_RUNNING.stream().anyMatch(message::startsWith);
    }

    private static RuntimeException unexpected(JedisException failure, String operation) {
        if (String.valueOf(failure.getMessage()).startsWith("OOM")) {
            return new RepositoryUnavailableException("Redis is out of memory and refused the " + operation, failure);
        }
        return new IllegalStateException("Redis failed the " + operation + " unexpectedly", failure);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RepositoryUnavailableException("interrupted while waiting for Redis", e);
        }
    }
}

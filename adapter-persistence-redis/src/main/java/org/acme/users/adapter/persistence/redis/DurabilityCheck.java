package org.acme.users.adapter.persistence.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Connection;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.Pool;

/**
 * Finds out at start whether each server keeps its data on disk, since Redis keeps nothing there unless told,
 * and says so loudly when it does not. {@code CONFIG GET} tells the settings; where it is refused (managed
 * services rename or forbid it) {@code INFO persistence} still tells whether the append-only file is on; where
 * that is refused too, the check says it could not tell.
 */
final class DurabilityCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DurabilityCheck.class);

    /** What one server keeps; {@code warning} is empty when nothing needs changing. */
    record Finding(String node, String keeps, Optional<String> warning) {
    }

    private DurabilityCheck() {
    }

    /** Checks every node and logs a warning for each that can lose acknowledged writes. */
    static List<Finding> checkAndWarn(RedisNodes nodes) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Pool<Connection>> node : nodes.pools().entrySet()) {
            Finding finding = check(node.getKey(), node.getValue());
            finding.warning().ifPresentOrElse(
                    warning -> LOG.warn("Redis at {} {}. {}", finding.node(), finding.keeps(), warning),
                    () -> LOG.info("Redis at {} {}.", finding.node(), finding.keeps()));
            findings.add(finding);
        }
        return findings;
    }

    static Finding check(String node, Pool<Connection> pool) {
        try (Connection connection = pool.getResource()) {
            try {
                Map<String, String> config = connection.executeCommand(
                        RedisCalls.COMMANDS.configGet("appendonly", "appendfsync", "save", "maxmemory-policy"));
                return fromConfig(node, config);
            } catch (JedisDataException configRefused) {
                return fromInfo(node, connection);
            }
        } catch (JedisException e) {
            return new Finding(node, "could not be asked whether it keeps data on disk",
                    Optional.of("Check its persistence settings (appendonly, save) yourself."));
        }
    }

    private static Finding fromConfig(String node, Map<String, String> config) {
        boolean appendOnly = "yes".equals(config.get("appendonly"));
        String fsync = config.getOrDefault("appendfsync", "");
        String save = config.getOrDefault("save", "");
        Optional<String> eviction = evictionWarning(config.getOrDefault("maxmemory-policy", "noeviction"));
        if (appendOnly) {
            String keeps = "keeps an append-only file (appendfsync " + fsync + ")";
            Optional<String> warning = fsync.equals("no")
                    ? Optional.of("With appendfsync no the operating system decides when writes reach the disk: a"
                            + " crash of the machine can lose about the last 30 seconds; set appendfsync everysec"
                            + " or always.")
                    : Optional.empty();
            return new Finding(node, keeps, join(warning, eviction));
        }
        if (!save.isBlank()) {
            return new Finding(node, "keeps snapshots only (save " + save + ")", join(Optional.of(
                    "A crash loses every write since the last snapshot; set appendonly yes (appendfsync everysec"
                            + " or always) to keep acknowledged writes."), eviction));
        }
        return new Finding(node, "KEEPS NOTHING ON DISK (appendonly no, save \"\")", join(Optional.of(
                "A restart loses every user. Set appendonly yes and appendfsync everysec (or always) in its"
                        + " configuration."), eviction));
    }

    private static Finding fromInfo(String node, Connection connection) {
        try {
            InfoFields persistence = InfoFields.of(connection.executeCommand(RedisCalls.COMMANDS.info("persistence")));
            InfoFields memory = InfoFields.of(connection.executeCommand(RedisCalls.COMMANDS.info("memory")));
            Optional<String> eviction = memory.get("maxmemory_policy").flatMap(DurabilityCheck::evictionWarning);
            Optional<String> aof = persistence.get("aof_enabled");
            if (aof.isEmpty()) {
                return couldNotTell(node);
            }
            if (aof.get().equals("1")) {
                return new Finding(node, "keeps an append-only file (CONFIG GET was refused, so its appendfsync"
                        + " is unknown)", eviction);
            }
            return new Finding(node, "keeps no append-only file (CONFIG GET was refused, so whether it takes"
                    + " snapshots is unknown)", join(Optional.of("A crash can lose acknowledged writes; turn on"
                    + " the append-only file (appendonly yes, appendfsync everysec or always)."), eviction));
        } catch (JedisDataException infoRefused) {
            return couldNotTell(node);
        }
    }

    private static Finding couldNotTell(String node) {
        return new Finding(node, "refused CONFIG GET and INFO persistence, so this adapter could not tell whether"
                + " it keeps data on disk", Optional.of("Make sure its provider keeps an append-only file"
                + " (appendonly yes, appendfsync everysec or always)."));
    }

    private static Optional<String> evictionWarning(String policy) {
        return policy.equals("noeviction") ? Optional.empty() : Optional.of("Its maxmemory-policy " + policy
                + " may evict users or address claims when memory runs out; set maxmemory-policy noeviction.");
    }

    private static Optional<String> join(Optional<String> first, Optional<String> second) {
        if (first.isPresent() && second.isPresent()) {
            return Optional.of(first.get() + " " + second.get());
        }
        return first.or(() -> second);
    }
}

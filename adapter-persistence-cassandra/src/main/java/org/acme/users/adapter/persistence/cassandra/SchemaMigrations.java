package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Creates and upgrades the adapter's tables from the versioned CQL scripts kept beside this class
 * ({@code migrations/V<n>__<what>.cql}, listed in {@link #SCRIPTS}), and records each one applied, with its checksum,
 * in the keyspace's {@code schema_migrations} table. Instances starting together take turns through a lease (a
 * conditional insert with a time to live), since Cassandra handles concurrent schema changes badly. A script that was
 * changed after it was applied, or a keyspace upgraded by a newer adapter, stops the start-up. Every statement of a
 * script creates only what is missing, so a script cut short by a crash runs again in full.
 */
final class SchemaMigrations {

    /** In the order they apply; a new script is added at the end. */
    static final List<String> SCRIPTS = List.of("V1__users_claims_and_page_index.cql", "V2__owners.cql");
    static final String FOLDER = "/org/acme/users/adapter/persistence/cassandra/migrations/";

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration WAIT_FOR_LEASE = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofMillis(500);

    private final CqlSession session;
    private final String keyspace;

    SchemaMigrations(CqlSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    /** Applies every script not yet recorded; returns the versions it applied. */
    List<Integer> apply() {
        schemaChange("CREATE TABLE IF NOT EXISTS " + keyspace + ".schema_migrations"
                + " (version int PRIMARY KEY, script text, checksum text, applied_at timestamp)");
        schemaChange("CREATE TABLE IF NOT EXISTS " + keyspace + ".schema_migration_lease"
                + " (name text PRIMARY KEY, holder uuid)");
        if (pending(applied()).isEmpty()) {
            return List.of();
        }
        UUID holder = UUID.randomUUID();
        takeLease(holder);
        try {
            List<String> pending = pending(applied()); // another instance may have applied them meanwhile
            pending.forEach(this::applyScript);
            return pending.stream().map(SchemaMigrations::versionOf).toList();
        } finally {
            session.execute(SimpleStatement.newInstance("DELETE FROM " + keyspace + ".schema_migration_lease"
                    + " WHERE name = 'schema' IF holder = ?", holder));
        }
    }

    private List<String> pending(Map<Integer, String> applied) {
        int newestKnown = versionOf(SCRIPTS.get(SCRIPTS.size() - 1));
        applied.keySet().stream().filter(version -> version > newestKnown).findAny().ifPresent(version -> {
            throw new IllegalStateException("keyspace " + keyspace + " has schema version " + version
                    + ", newer than this adapter's " + newestKnown + ": run a newer adapter");
        });
        SCRIPTS.stream().filter(script -> applied.containsKey(versionOf(script))).forEach(script -> {
            if (!applied.get(versionOf(script)).equals(checksum(text(script)))) {
                throw new IllegalStateException("migration " + script + " was changed after it was applied to "
                        + keyspace + ": add a new script instead");
            }
        });
        return SCRIPTS.stream().filter(script -> !applied.containsKey(versionOf(script))).toList();
    }

    private Map<Integer, String> applied() {
        return session.execute("SELECT version, checksum FROM " + keyspace + ".schema_migrations").all().stream()
                .collect(Collectors.toMap(row -> row.getInt("version"), row -> row.getString("checksum")));
    }

    private void applyScript(String script) {
        String text = text(script);
        statementsOf(text).forEach(statement -> schemaChange(statement.replace("${keyspace}", keyspace)));
        session.execute(SimpleStatement.newInstance("INSERT INTO " + keyspace + ".schema_migrations"
                        + " (version, script, checksum, applied_at) VALUES (?, ?, ?, ?)",
                versionOf(script), script, checksum(text), Instant.now()));
    }

    private void takeLease(UUID holder) {
        SimpleStatement take = SimpleStatement.newInstance("INSERT INTO " + keyspace + ".schema_migration_lease"
                + " (name, holder) VALUES ('schema', ?) IF NOT EXISTS USING TTL " + LEASE.toSeconds(), holder);
        long deadline = System.nanoTime() + WAIT_FOR_LEASE.toNanos();
        while (!session.execute(take).wasApplied()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("another instance has been migrating keyspace " + keyspace
                        + " for over " + WAIT_FOR_LEASE.toMinutes() + " minutes");
            }
            pause();
        }
    }

    private void schemaChange(String cql) {
        SchemaChanges.apply(session, cql);
    }

    static List<String> statementsOf(String script) {
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }

    static int versionOf(String script) {
        if (!script.matches("V[1-9][0-9]*__\\w+\\.cql")) {
            throw new IllegalStateException("a migration is named V<version>__<what>.cql: " + script);
        }
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    static String text(String script) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(FOLDER + script)) {
            if (in == null) {
                throw new IllegalStateException("migration " + script + " is not in " + FOLDER);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checksum(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to migrate", e);
        }
    }
}

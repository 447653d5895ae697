package org.acme.users.adapter.persistence.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migrations on one keyspace, migrated once for the class (schema changes take seconds each). */
class SchemaMigrationsTest {

    private static CqlSession session;
    private static String keyspace;
    private static List<Integer> appliedToAnEmptyKeyspace;

    @BeforeAll
    static void migrateAnEmptyKeyspace() {
        session = TestCassandra.oneNode().admin();
        keyspace = CassandraTestDatabases.uniqueKeyspace();
        SchemaChanges.apply(session, "CREATE KEYSPACE IF NOT EXISTS " + keyspace
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        appliedToAnEmptyKeyspace = migrations().apply();
    }

    @AfterAll
    static void dropIt() {
        SchemaChanges.apply(session, "DROP KEYSPACE IF EXISTS " + keyspace);
    }

    @Test
    void createsTheTablesAndRecordsEachScriptOnce() {
        List<Integer> again = migrations().apply();

        assertThat(appliedToAnEmptyKeyspace).containsExactly(1, 2);
        assertThat(again).isEmpty();
        assertThat(tables()).contains("users", "email_claims", "owner_claims", "user_ids_by_bucket",
                "user_id_buckets");
        assertThat(columnsOfUsers()).contains("owner_issuer", "owner_subject", "owner_claim");
        List<Row> recorded = session.execute("SELECT version, script, checksum FROM " + keyspace
                + ".schema_migrations").all();
        assertThat(recorded).extracting(row -> row.getString("script"))
                .containsExactlyInAnyOrderElementsOf(SchemaMigrations.SCRIPTS);
        assertThat(recorded).allSatisfy(row -> assertThat(row.getString("checksum")).hasSize(64));
    }

    @Test
    void runsTheOwnersScriptAgainInFullWhenACrashKeptItFromBeingRecorded() {
        session.execute("DELETE FROM " + keyspace + ".schema_migrations WHERE version = 2");

        assertThat(migrations().apply()).containsExactly(2);
        assertThat(columnsOfUsers()).contains("owner_issuer", "owner_subject", "owner_claim");
    }

    @Test
    void refusesToStartWhenAnAppliedScriptWasChangedSince() {
        String checksum = session.execute("SELECT checksum FROM " + keyspace + ".schema_migrations WHERE version = 1")
                .one().getString("checksum");
        setChecksumOfVersionOne("edited");
        try {
            assertThatThrownBy(() -> migrations().apply())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("was changed after it was applied");
        } finally {
            setChecksumOfVersionOne(checksum);
        }
    }

    @Test
    void refusesAKeyspaceThatANewerAdapterUpgraded() {
        session.execute("INSERT INTO " + keyspace
                + ".schema_migrations (version, script, checksum) VALUES (99, 'V99__future.cql', 'x')");
        try {
            assertThatThrownBy(() -> migrations().apply())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("schema version 99");
        } finally {
            session.execute("DELETE FROM " + keyspace + ".schema_migrations WHERE version = 99");
        }
    }

    @Test
    void listsEveryScriptOfTheFolderInVersionOrder() throws IOException, URISyntaxException {
        Path folder = Path.of(SchemaMigrations.class.getResource(SchemaMigrations.FOLDER).toURI());
        try (Stream<Path> scripts = Files.list(folder)) {
            List<String> names = scripts.map(path -> path.getFileName().toString()).sorted().toList();

            assertThat(SchemaMigrations.SCRIPTS).containsExactlyInAnyOrderElementsOf(names);
        }
        assertThat(SchemaMigrations.SCRIPTS.stream().map(SchemaMigrations::versionOf).toList()).isSorted();
    }

    @Test
    void splitsAScriptIntoStatementsWithoutItsComments() {
        List<String> statements = SchemaMigrations.statementsOf("""
                -- a table
                CREATE TABLE a (x int PRIMARY KEY);

                -- another
                CREATE TABLE b (y int PRIMARY KEY);
                """);

        assertThat(statements).containsExactly(
                "CREATE TABLE a (x int PRIMARY KEY)", "CREATE TABLE b (y int PRIMARY KEY)");
    }

    private static SchemaMigrations migrations() {
        return new SchemaMigrations(session, keyspace);
    }

    private static void setChecksumOfVersionOne(String checksum) {
        session.execute(SimpleStatement.newInstance(
                "UPDATE " + keyspace + ".schema_migrations SET checksum = ? WHERE version = 1", checksum));
    }

    private static List<String> columnsOfUsers() {
        return session.execute(SimpleStatement.newInstance("SELECT column_name FROM system_schema.columns"
                        + " WHERE keyspace_name = ? AND table_name = 'users'", keyspace))
                .all().stream().map(row -> row.getString("column_name")).toList();
    }

    private static List<String> tables() {
        return session.execute(SimpleStatement.newInstance(
                        "SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?", keyspace))
                .all().stream().map(row -> row.getString("table_name")).toList();
    }
}

package org.acme.users.adapter.persistence.sql;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.acme.users.adapter.persistence.sql.support.IsolatedDatabase;
import org.acme.users.domain.model.User;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema is Flyway's alone: the scripts create it on an empty database, a restart applies nothing twice,
 * and Hibernate only validates it, refusing to start on a schema that does not match instead of altering it.
 */
class SchemaMigrationTest {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.acme.users.adapter.persistence.sql.support.EveryDatabase#inFilesOrOnTheirServers")
    void createsTheSchemaOnAnEmptyDatabaseAndAppliesNothingTwiceOnRestart(Function<Path, IsolatedDatabase> create) {
        try (IsolatedDatabase database = create.apply(directory)) {
            User user = aUser().build();
            try (SqlPersistence first = SqlPersistence.connect(database.settings())) {
                first.userRepository().insert(user);
            }

            try (SqlPersistence restarted = SqlPersistence.connect(database.settings())) {
                assertThat(restarted.userRepository().findById(user.id())).contains(user);
            }

            MigrationInfoService migrations = migrationsOf(database);
            assertThat(versions(migrations.applied())).containsExactly("1", "2");
            assertThat(migrations.pending()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.acme.users.adapter.persistence.sql.support.EveryDatabase#inFilesOrOnTheirServers")
    void letsASecondInstanceStartWhileTheFirstServes(Function<Path, IsolatedDatabase> create) {
        try (IsolatedDatabase database = create.apply(directory);
                SqlPersistence first = SqlPersistence.connect(database.settings());
                SqlPersistence second = SqlPersistence.connect(database.settings())) {
            User user = aUser().build();

            first.userRepository().insert(user);

            assertThat(second.userRepository().findById(user.id())).contains(user);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.acme.users.adapter.persistence.sql.support.EveryDatabase#inFilesOrOnTheirServers")
    void refusesToStartOnASchemaThatNoLongerMatchesTheMappingAndLeavesItAlone(Function<Path, IsolatedDatabase> create) {
        try (IsolatedDatabase database = create.apply(directory)) {
            SqlPersistence.connect(database.settings()).close();
            database.execute("ALTER TABLE users DROP COLUMN name");

            assertThatThrownBy(() -> SqlPersistence.connect(database.settings()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the database at ")
                    .hasMessageContaining("the schema does not match")
                    .hasMessageContaining("name");
            assertThatThrownBy(() -> database.execute("SELECT name FROM users"))
                    .as("validation must not have added the column back").isInstanceOf(IllegalStateException.class);
        }
    }

    private static MigrationInfoService migrationsOf(IsolatedDatabase database) {
        SqlSettings settings = database.settings();
        return Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations(SupportedDatabase.fromJdbcUrl(settings.jdbcUrl()).migrationLocation())
                .load()
                .info();
    }

    private static List<String> versions(MigrationInfo[] migrations) {
        return Arrays.stream(migrations).map(migration -> migration.getVersion().getVersion()).toList();
    }
}

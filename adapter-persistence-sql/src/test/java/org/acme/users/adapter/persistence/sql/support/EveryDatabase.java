package org.acme.users.adapter.persistence.sql.support;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** Arguments for a test that runs once per supported database, each created fresh for the one invocation. */
public final class EveryDatabase {

    private EveryDatabase() {
    }

    /** Each database as a factory taking a directory of the test's own, where the embedded ones keep their files. */
    public static Stream<Named<Function<Path, IsolatedDatabase>>> inFilesOrOnTheirServers() {
        return Stream.of(
                Named.of("H2 in files", IsolatedH2FileDatabase::in),
                Named.of("SQLite in a file", IsolatedSqliteDatabase::in),
                Named.of("PostgreSQL", directory -> IsolatedServerDatabase.postgresSchema()),
                Named.of("MariaDB", directory -> IsolatedServerDatabase.mariaDbDatabase()));
    }
}

package org.acme.users.adapter.persistence.sql;

import java.nio.file.Path;
import org.acme.users.adapter.persistence.sql.support.IsolatedDatabase;
import org.acme.users.adapter.persistence.sql.support.IsolatedSqliteDatabase;
import org.junit.jupiter.api.io.TempDir;

/** The port's contract on SQLite, in a file of its own. */
class SqlUserRepositoryOnSqliteTest extends SqlUserRepositoryContractTest {

    /** Static, so it exists before the class's database is created in {@code @BeforeAll}. */
    @TempDir
    static Path directory;

    @Override
    protected IsolatedDatabase createDatabase() {
        return IsolatedSqliteDatabase.in(directory);
    }
}

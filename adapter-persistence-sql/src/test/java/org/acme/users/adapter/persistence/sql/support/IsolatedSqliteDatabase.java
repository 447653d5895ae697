package org.acme.users.adapter.persistence.sql.support;

import java.nio.file.Path;
import org.acme.users.adapter.persistence.sql.SqlSettings;

/** A SQLite database file in a directory of the test's own, e.g. a JUnit {@code @TempDir}. */
public final class IsolatedSqliteDatabase implements IsolatedDatabase {

    private final Path file;

    private IsolatedSqliteDatabase(Path file) {
        this.file = file;
    }

    /** The file is created by the first connection; the directory goes away with the test. */
    public static IsolatedSqliteDatabase in(Path directory) {
        return new IsolatedSqliteDatabase(directory.resolve("users.db"));
    }

    @Override
    public SqlSettings settings() {
        return SqlSettings.of("jdbc:sqlite:" + file, "", "");
    }

    @Override
    public void close() {
        // The directory, and with it the file, belongs to the test and is removed with it.
    }
}

package org.acme.users.adapter.persistence.sql.support;

import java.nio.file.Path;
import org.acme.users.adapter.persistence.sql.SqlSettings;

/** An H2 database in files in a directory of the test's own, as the service keeps it by default. */
public final class IsolatedH2FileDatabase implements IsolatedDatabase {

    private final Path file;

    private IsolatedH2FileDatabase(Path file) {
        this.file = file;
    }

    /** The files are created by the first connection; the directory goes away with the test. */
    public static IsolatedH2FileDatabase in(Path directory) {
        return new IsolatedH2FileDatabase(directory.resolve("users"));
    }

    @Override
    public SqlSettings settings() {
        return SqlSettings.of("jdbc:h2:file:" + file, "sa", "");
    }

    @Override
    public void close() {
        // The directory, and with it the files, belongs to the test and is removed with it.
    }
}

package org.acme.users.benchmarks.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Facts of a run that JMH does not record, such as how long seeding took and which database version answered,
 * appended as tab-separated lines to the file named by the system property {@code bench.runLog} (JMH runs its
 * forks one after another, so they take turns), and echoed to standard error.
 */
public final class RunLog {

    private static final String FILE_PROPERTY = "bench.runLog";

    private RunLog() {
    }

    /** @param kind what the line tells, such as {@code seed} or {@code database}; the report reads it back */
    public static void note(String kind, Object... fields) {
        StringBuilder line = new StringBuilder(kind);
        for (Object field : fields) {
            line.append('\t').append(field);
        }
        System.err.println("[bench] " + line);
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }
}

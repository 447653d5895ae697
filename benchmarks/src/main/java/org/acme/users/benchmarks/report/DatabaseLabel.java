package org.acme.users.benchmarks.report;

/**
 * How the report names a database wherever its figures appear: by its benchmark name, and mongo-java-server as
 * what it is, an emulator of MongoDB's wire protocol, so that no reader takes its figures for MongoDB's.
 */
final class DatabaseLabel {

    private static final String EMULATOR = "MONGO_EMBEDDED";

    private DatabaseLabel() {
    }

    static String of(String database) {
        return isEmulator(database) ? database + " (emulator, not MongoDB)" : database;
    }

    /** The emulator's figures say how the adapter and the emulator behave, never how MongoDB does: no verdict. */
    static boolean isEmulator(String database) {
        return EMULATOR.equals(database);
    }
}

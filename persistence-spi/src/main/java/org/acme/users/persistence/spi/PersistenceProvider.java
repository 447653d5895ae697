package org.acme.users.persistence.spi;

import java.util.List;

/**
 * One persistence adapter, as the service sees it. The service finds every provider on its class path with
 * {@link java.util.ServiceLoader} (a {@code META-INF/services/org.acme.users.persistence.spi.PersistenceProvider}
 * entry in the adapter's jar), lists their names for {@code PERSISTENCE}, and opens only the one chosen, with only
 * that provider's settings. Implementations have a public no-argument constructor and do nothing until
 * {@link #open} is called.
 */
public interface PersistenceProvider {

    /**
     * The one name of this adapter: the value of {@code PERSISTENCE}, the adapter on {@code /health} and the
     * {@code adapter} tag of the metrics. Lower-case letters and digits.
     */
    String name();

    /** The settings {@link #open} reads, in the order a help text lists them. */
    List<Setting> settings();

    /**
     * Checks the settings and connects, or fails at once.
     *
     * @param values a value for every setting of {@link #settings()} that has a default or was given
     * @throws InvalidSettingException naming the setting to fix, when a value is malformed or the database it
     *                                 names cannot be reached or prepared
     */
    OpenedPersistence open(SettingValues values);

    /**
     * The databases the service's own tests run this adapter on, each made fresh for one test class: an embedded
     * server, or a database of its own on a local server. The first is the quickest to start.
     */
    List<TestDatabaseKind> testDatabases();
}

package org.acme.users.adapter.persistence.sql.support;

import org.acme.users.adapter.persistence.sql.SqlSettings;

/** An isolated database reached over TCP, so that a relay can stand between it and the adapter and fail. */
public interface NetworkDatabase extends IsolatedDatabase {

    /** Host and port that a relay forwards to. */
    String host();

    int port();

    /** Settings that reach this database through a relay listening on 127.0.0.1 at {@code relayPort}. */
    SqlSettings settingsThrough(int relayPort);
}

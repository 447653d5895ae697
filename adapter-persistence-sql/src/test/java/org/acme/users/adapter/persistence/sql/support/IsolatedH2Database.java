package org.acme.users.adapter.persistence.sql.support;

import java.sql.SQLException;
import org.acme.users.adapter.persistence.sql.SqlSettings;
import org.h2.tools.Server;

/**
 * An in-memory H2 database of its own. An H2 TCP server in this JVM serves the same database, so a relay
 * can stand between it and an adapter that reaches it over the network.
 */
public final class IsolatedH2Database implements NetworkDatabase {

    private static final String USER = "sa";

    private final String name;
    private final Server tcpServer;

    private IsolatedH2Database(String name, Server tcpServer) {
        this.name = name;
        this.tcpServer = tcpServer;
    }

    public static IsolatedH2Database create() {
        try {
            return new IsolatedH2Database(ServerDatabase.uniqueName(),
                    Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start an H2 TCP server", e);
        }
    }

    @Override
    public SqlSettings settings() {
        return SqlSettings.of("jdbc:h2:mem:" + name, USER, "");
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return tcpServer.getPort();
    }

    @Override
    public SqlSettings settingsThrough(int relayPort) {
        return SqlSettings.of("jdbc:h2:tcp://127.0.0.1:" + relayPort + "/mem:" + name + ";DB_CLOSE_DELAY=-1", USER, "");
    }

    @Override
    public void close() {
        try {
            execute("SHUTDOWN");
        } finally {
            tcpServer.stop();
        }
    }
}

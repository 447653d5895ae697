package org.acme.users.testkit.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on the loopback interface that sits between a client and a real server so a test can
 * break the network on demand: {@link #cut()} drops every connection, {@link #blackhole()} swallows
 * traffic so clients time out, {@link #restore()} forwards again. Point the client at {@link #port()}.
 */
public final class TcpRelay implements AutoCloseable {

    private enum Mode { FORWARD, CUT, BLACKHOLE }

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final Set<RelayedConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.FORWARD;

    private TcpRelay(String targetHost, int targetPort, ServerSocket listener) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = listener;
    }

    /** Listens on 127.0.0.1 on a free port and forwards every connection to the target. */
    public static TcpRelay start(String targetHost, int targetPort) {
        try {
            ServerSocket listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            TcpRelay relay = new TcpRelay(targetHost, targetPort, listener);
            daemon("tcp-relay-accept-" + listener.getLocalPort(), relay::acceptConnections).start();
            return relay;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a relay port", e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Drops every open connection and, until {@link #restore()}, closes new ones as soon as they arrive. */
    public void cut() {
        mode = Mode.CUT;
        closeEveryConnection();
    }

    /** Until {@link #restore()}, accepts connections and keeps them open but forwards nothing either way. */
    public void blackhole() {
        mode = Mode.BLACKHOLE;
        connections.forEach(RelayedConnection::silence);
    }

    /**
     * Forwards new connections again. Connections that lost bytes in a blackhole are closed, as a real
     * network would have reset them: their protocol stream is broken either way.
     */
    public void restore() {
        mode = Mode.FORWARD;
        connections.stream().filter(RelayedConnection::isSilenced).forEach(RelayedConnection::close);
    }

    @Override
    public void close() {
        mode = Mode.CUT;
        try {
            listener.close();
        } catch (IOException ignored) {
            // Closing is best effort: the port is released either way when the process ends.
        }
        closeEveryConnection();
    }

    private void acceptConnections() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                client.setTcpNoDelay(true);
                RelayedConnection connection = new RelayedConnection(client, connections::remove);
                connections.add(connection);
                // The mode is read after registering, so a cut or blackhole racing with this accept still applies.
                Mode now = mode;
                if (now == Mode.CUT) {
                    connection.close();
                } else {
                    if (now == Mode.BLACKHOLE) {
                        connection.silence();
                    }
                    daemon("tcp-relay-in-" + client.getPort(), () -> connectAndForward(connection)).start();
                }
            } catch (IOException e) {
                // The listener was closed, or one accept failed; the loop condition tells which.
            }
        }
    }

    private void connectAndForward(RelayedConnection connection) {
        if (connection.isSilenced()) {
            connection.pump(connection.client(), null);
            return;
        }
        try {
            Socket server = new Socket();
            server.connect(new InetSocketAddress(targetHost, targetPort), CONNECT_TIMEOUT_MILLIS);
            server.setTcpNoDelay(true);
            connection.attach(server);
            daemon("tcp-relay-out-" + connection.client().getPort(),
                    () -> connection.pump(server, connection.client())).start();
            connection.pump(connection.client(), server);
        } catch (IOException e) {
            connection.close();
        }
    }

    private void closeEveryConnection() {
        connections.forEach(RelayedConnection::close);
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}

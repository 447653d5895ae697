package org.acme.users.testkit.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.function.Consumer;

/** One client connection through a {@link TcpRelay}, and the connection to the server it is relayed to. */
final class RelayedConnection {

    private static final int BUFFER_SIZE = 16 * 1024;

    private final Socket client;
    private final Consumer<RelayedConnection> onClose;
    private Socket server;
    private boolean closed;
    private volatile boolean silenced;

    RelayedConnection(Socket client, Consumer<RelayedConnection> onClose) {
        this.client = client;
        this.onClose = onClose;
    }

    Socket client() {
        return client;
    }

    /** Links the server side; fails if the connection was closed meanwhile, closing the server side too. */
    synchronized void attach(Socket server) throws IOException {
        if (closed) {
            server.close();
            throw new IOException("closed while connecting to the server");
        }
        this.server = server;
    }

    /** From now on, bytes in either direction are read and dropped. */
    void silence() {
        silenced = true;
    }

    boolean isSilenced() {
        return silenced;
    }

    /** Copies {@code from} to {@code to} until either side closes, dropping what arrives while silenced. */
    void pump(Socket from, Socket to) {
        byte[] buffer = new byte[BUFFER_SIZE];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to == null ? null : to.getOutputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (!silenced && out != null) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // A reset or a close from the other pump: either way this connection is over.
        } finally {
            close();
        }
    }

    void close() {
        Socket serverSide;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            serverSide = server;
        }
        closeQuietly(client);
        closeQuietly(serverSide);
        onClose.accept(this);
    }

    private static void closeQuietly(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing useful to do: the socket is unusable either way.
        }
    }
}

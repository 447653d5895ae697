package org.acme.users.testkit.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** A loopback server that sends back every byte it receives: the simplest thing to put behind a relay. */
final class EchoServer implements AutoCloseable {

    private final ServerSocket listener;

    EchoServer() {
        try {
            listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::acceptConnections).start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptConnections() {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                daemon(() -> echo(connection)).start();
            } catch (IOException e) {
                // Closed: the loop ends.
            }
        }
    }

    private static void echo(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            in.transferTo(out);
        } catch (IOException e) {
            // The client went away.
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "echo-server");
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}

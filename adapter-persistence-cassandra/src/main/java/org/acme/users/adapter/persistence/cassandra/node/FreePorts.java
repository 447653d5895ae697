package org.acme.users.adapter.persistence.cassandra.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/** Ports that are free on every given loopback address at once, as the nodes of one ring share their ports. */
public final class FreePorts {

    private static final int ATTEMPTS = 50;

    private FreePorts() {
    }

    /** A port that nothing listens on at any of {@code addresses} right now. */
    public static int onEvery(List<String> addresses) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int candidate = anyFreePort(addresses.get(0));
            if (addresses.stream().allMatch(address -> isFree(address, candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no port is free on all of " + addresses);
    }

    private static int anyFreePort(String address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a port on " + address, e);
        }
    }

    private static boolean isFree(String address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}

package org.acme.users.testkit.net;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TcpRelayTest {

    /** How long a read waits for an answer that must come, or for one that must not. */
    private static final int PATIENCE_MILLIS = 5_000;
    private static final int SILENCE_MILLIS = 300;

    private final EchoServer server = new EchoServer();
    private final TcpRelay relay = TcpRelay.start("127.0.0.1", server.port());
    private final List<Socket> clients = new ArrayList<>();

    @AfterEach
    void closeEverything() throws IOException {
        for (Socket client : clients) {
            client.close();
        }
        relay.close();
        server.close();
    }

    @Test
    void forwardsBytesBothWays() throws IOException {
        Socket client = connect();

        assertThat(roundTrip(client, "hello")).isEqualTo("hello");
        assertThat(roundTrip(client, "again")).isEqualTo("again");
    }

    @Test
    void cutDropsEveryOpenConnection() throws IOException {
        Socket first = connect();
        Socket second = connect();
        roundTrip(first, "up");
        roundTrip(second, "up");

        relay.cut();

        assertThat(isClosedByPeer(first)).isTrue();
        assertThat(isClosedByPeer(second)).isTrue();
    }

    @Test
    void cutClosesNewConnectionsAtOnce() throws IOException {
        relay.cut();

        Socket client = connect();

        assertThat(isClosedByPeer(client)).isTrue();
    }

    @Test
    void blackholeKeepsConnectionsOpenButForwardsNothing() throws IOException {
        Socket before = connect();
        roundTrip(before, "up");

        relay.blackhole();
        Socket during = connect();

        assertThat(answerWithin(before, "lost", SILENCE_MILLIS)).isNull();
        assertThat(answerWithin(during, "lost", SILENCE_MILLIS)).isNull();
    }

    @Test
    void restoreForwardsNewConnectionsAfterACut() throws IOException {
        relay.cut();

        relay.restore();

        assertThat(roundTrip(connect(), "back")).isEqualTo("back");
    }

    @Test
    void restoreClosesConnectionsThatLostTrafficInABlackhole() throws IOException {
        Socket silenced = connect();
        roundTrip(silenced, "up");
        relay.blackhole();

        relay.restore();

        assertThat(isClosedByPeer(silenced)).isTrue();
        assertThat(roundTrip(connect(), "back")).isEqualTo("back");
    }

    private Socket connect() throws IOException {
        Socket client = new Socket(InetAddress.getLoopbackAddress(), relay.port());
        clients.add(client);
        return client;
    }

    private static String roundTrip(Socket client, String message) throws IOException {
        String answer = answerWithin(client, message, PATIENCE_MILLIS);
        assertThat(answer).as("answer to " + message).isNotNull();
        return answer;
    }

    /** What comes back for {@code message}, or null if nothing came back in time. */
    private static String answerWithin(Socket client, String message, int millis) throws IOException {
        client.setSoTimeout(millis);
        client.getOutputStream().write(message.getBytes(US_ASCII));
        try {
            byte[] answer = client.getInputStream().readNBytes(message.length());
            return new String(answer, US_ASCII);
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    private static boolean isClosedByPeer(Socket client) throws IOException {
        client.setSoTimeout(PATIENCE_MILLIS);
        try {
            return client.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        }
    }
}

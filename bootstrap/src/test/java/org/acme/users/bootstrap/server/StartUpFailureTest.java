package org.acme.users.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;
import org.acme.users.bootstrap.config.InvalidSettingException;
import org.acme.users.bootstrap.config.Persistence;
import org.acme.users.bootstrap.config.Settings;
import org.junit.jupiter.api.Test;

/** A service that cannot work does not start, and says which setting to fix. */
class StartUpFailureTest {

    @Test
    void refusesToStartWhenMongoDbCannotBeReachedNamingMongodbUri() throws IOException {
        int closedPort = aClosedPort();

        assertThatThrownBy(() -> UsersService.start(mongo("mongodb://127.0.0.1:" + closedPort, 0)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("MONGODB_URI: cannot reach");
    }

    @Test
    void refusesAMalformedConnectionStringNamingMongodbUri() {
        assertThatThrownBy(() -> UsersService.start(mongo("mongodb:/nowhere", 0)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("MONGODB_URI: ");
    }

    @Test
    void refusesAPortThatIsTakenNamingPort() throws IOException {
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String uri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();

            assertThatThrownBy(() -> UsersService.start(mongo(uri, taken.getLocalPort())))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageStartingWith("PORT: cannot listen on 127.0.0.1:" + taken.getLocalPort());
        } finally {
            mongo.shutdown();
        }
    }

    private static Settings mongo(String uri, int port) {
        return new Settings(Persistence.MONGO, "jdbc:h2:mem:unused", "", "", Optional.of(uri), "users", port, "127.0.0.1");
    }

    private static int aClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

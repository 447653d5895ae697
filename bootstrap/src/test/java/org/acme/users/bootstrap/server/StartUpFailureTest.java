package org.acme.users.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.acme.users.bootstrap.fixture.TestSettings;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.Setting;
import org.acme.users.persistence.spi.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A service that cannot work does not start, and says which setting to fix. */
class StartUpFailureTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.acme.users.bootstrap.fixture.AdapterOnDatabase#everyOne")
    void refusesToStartWhenTheDatabaseCannotBeReachedNamingOneOfTheAdaptersSettings(AdapterOnDatabase adapter)
            throws IOException {
        Map<String, String> settings;
        try (TestDatabase database = adapter.createDatabase()) {
            Assumptions.assumeTrue(database.serverAddress().isPresent(),
                    () -> adapter + " has no single address that could be got wrong");
            settings = database.settingsVia(InetSocketAddress.createUnresolved("127.0.0.1", aClosedPort()));
        }

        assertThatThrownBy(() -> UsersService.start(TestSettings.of(adapter.provider().name(), settings)))
                .isInstanceOfSatisfying(InvalidSettingException.class, refused -> assertThat(
                        adapter.provider().settings().stream().map(Setting::name)).contains(refused.setting()));
    }

    @Test
    void refusesAPortThatIsTakenNamingPort() throws IOException {
        AdapterOnDatabase adapter = AdapterOnDatabase.ofTheDefaultAdapter();
        try (TestDatabase database = adapter.createDatabase();
                ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, String> settings = new HashMap<>(database.settings());
            settings.put("PORT", String.valueOf(taken.getLocalPort()));

            assertThatThrownBy(() -> UsersService.start(TestSettings.of(adapter.provider().name(), settings)))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageStartingWith("PORT: cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    private static int aClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

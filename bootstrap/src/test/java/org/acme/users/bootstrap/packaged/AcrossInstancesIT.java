package org.acme.users.bootstrap.packaged;

import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acme.users.bootstrap.fixture.AdapterOnDatabase;
import org.acme.users.bootstrap.reliability.ConcurrentRequestRules;
import org.acme.users.bootstrap.reliability.LoopbackClient;
import org.acme.users.persistence.spi.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Three instances of the packaged service on one database, each request sent to the next instance in turn: the
 * races of {@link ConcurrentRequestRules} end as they do on one instance, because the database, not a lock in one
 * process, decides who wins. On every test database of every adapter that a second process can reach.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass(name = "{0}")
@MethodSource("org.acme.users.bootstrap.fixture.AdapterOnDatabase#everyOne")
class AcrossInstancesIT implements ConcurrentRequestRules {

    private static final int INSTANCES = 3;

    @Parameter
    AdapterOnDatabase adapter;

    private TestDatabase database;
    private final List<ServiceProcess> instances = new ArrayList<>();
    private LoopbackClient client;

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void startThreeInstancesOnOneDatabase() throws Exception {
        database = adapter.createDatabase();
        Assumptions.assumeTrue(database.serverAddress().isPresent(),
                () -> adapter + " lives inside one process: other instances cannot share it");
        Map<String, String> settings = new HashMap<>(database.settings());
        settings.put("PERSISTENCE", adapter.provider().name());
        settings.put("PORT", "0");
        List<URI> addresses = new ArrayList<>();
        // One after the other: three JVMs starting at once on two cores would only wait for each other.
        for (int i = 0; i < INSTANCES; i++) {
            ServiceProcess instance = ServiceProcess.start(Files.createTempDirectory("users-instance-" + i), settings);
            instances.add(instance);
            addresses.add(instance.awaitListening());
        }
        client = LoopbackClient.roundRobin(addresses, LoopbackClient.PATIENT);
    }

    @AfterParameterizedClassInvocation(injectArguments = false)
    void stopTheInstances() {
        instances.forEach(ServiceProcess::close);
        instances.clear();
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @AfterAll
    void stopWhatIsLeft() {
        stopTheInstances();
    }

    @Override
    public LoopbackClient client() {
        return client;
    }
}

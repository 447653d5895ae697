package org.acme.users.benchmarks.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.concurrent.CountDownLatch;

/**
 * The in-memory MongoDB-compatible server of the benchmarks, as a process of its own on a free loopback port, so
 * the HTTP load can point the service at the same kind of server that the JMH benchmarks use. Prints
 * {@code port=<port>} once it listens, and serves until the process is stopped.
 *
 * <p>Usage: {@code StandaloneMemoryMongo}
 */
public final class StandaloneMemoryMongo {

    private StandaloneMemoryMongo() {
    }

    public static void main(String[] args) throws InterruptedException {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            stopped.countDown();
        }));
        System.out.println("port=" + server.getLocalAddress().getPort());
        System.out.flush();
        stopped.await();
    }
}

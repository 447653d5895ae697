package org.acme.users.adapter.persistence.mongo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The port's contract on mongo-java-server in this JVM, through the real driver and a real socket. */
class MongoUserRepositoryOnMongoJavaServerTest extends MongoUserRepositoryContractTest {

    private static EmbeddedMongoServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedMongoServer.inMemory();
        connectTo(server.connectionString());
    }

    @AfterAll
    static void stop() {
        disconnect();
        server.close();
    }
}

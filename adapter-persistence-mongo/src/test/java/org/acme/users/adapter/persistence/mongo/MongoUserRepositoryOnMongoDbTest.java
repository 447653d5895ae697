package org.acme.users.adapter.persistence.mongo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The port's contract on a real MongoDB server, the one {@code MONGODB_URI} names (a replica set shows the
 * majority write concern at work). Runs in a database of its own, named per run and dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+",
        disabledReason = "MONGODB_URI is not set, so there is no real MongoDB server to run the contract against")
class MongoUserRepositoryOnMongoDbTest extends MongoUserRepositoryContractTest {

    @BeforeAll
    static void connect() {
        connectTo(System.getenv("MONGODB_URI"));
    }

    @AfterAll
    static void dropTheDatabase() {
        disconnect();
    }
}

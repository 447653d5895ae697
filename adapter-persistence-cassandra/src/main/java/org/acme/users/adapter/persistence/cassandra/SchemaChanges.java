package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Duration;

/**
 * Runs a schema change so that the next statement, on whichever node, sees it. The driver waits for the nodes to agree
 * on the new schema, but only for a while and then goes on; on a busy ring that is too soon, and the next statement
 * fails with "keyspace does not exist". So the agreement is awaited here until it is reached, and a change whose
 * answer timed out is sent again: every change this adapter makes creates or drops only if needed.
 */
final class SchemaChanges {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration AGREEMENT_LIMIT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int ATTEMPTS = 3;

    private SchemaChanges() {
    }

    static void apply(CqlSession session, String cql) {
        SimpleStatement change = SimpleStatement.newInstance(cql).setTimeout(TIMEOUT);
        for (int attempt = 1; ; attempt++) {
            try {
                ResultSet result = session.execute(change);
                if (!result.getExecutionInfo().isSchemaInAgreement()) {
                    awaitAgreement(session);
                }
                return;
            } catch (DriverTimeoutException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                awaitAgreement(session);
            }
        }
    }

    static void awaitAgreement(CqlSession session) {
        long deadline = System.nanoTime() + AGREEMENT_LIMIT.toNanos();
        while (!session.checkSchemaAgreement()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Cassandra nodes did not agree on the schema within "
                        + AGREEMENT_LIMIT.toMinutes() + " minutes");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the schema to settle", e);
            }
        }
    }
}

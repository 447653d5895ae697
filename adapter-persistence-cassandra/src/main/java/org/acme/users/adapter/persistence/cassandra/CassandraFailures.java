package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.RequestThrottlingException;
import com.datastax.oss.driver.api.core.connection.BusyConnectionException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.connection.ConnectionInitException;
import com.datastax.oss.driver.api.core.connection.HeartbeatException;
import com.datastax.oss.driver.api.core.servererrors.BootstrappingException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.QueryConsistencyException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.TruncateException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import org.acme.users.domain.port.RepositoryUnavailableException;

/**
 * Turns what the driver throws into the port's exceptions, so no driver type reaches a caller. The driver's own
 * exception stays attached as the cause, for the log; the messages are this adapter's.
 */
final class CassandraFailures {

    private CassandraFailures() {
    }

    /** Unavailable if waiting or retrying could help (no node, too few replicas, a timeout), else unexpected. */
    static RuntimeException of(DriverException failure, String operation) {
        if (isTransient(failure)) {
            return new RepositoryUnavailableException("Cassandra could not be reached for the " + operation, failure);
        }
        return new IllegalStateException("Cassandra failed the " + operation + " unexpectedly", failure);
    }

    /**
     * Whether a conditional write may have been applied although no answer said so: a timeout, on the client or on
     * the coordinator (a lightweight transaction's contention timeout is a write timeout of type CAS). A serial read
     * settles it, since it completes or discards any round of the transaction left open.
     */
    static boolean isOutcomeUnknown(DriverException failure) {
        return failure instanceof DriverTimeoutException
                || failure instanceof WriteTimeoutException
                || failure instanceof ReadTimeoutException;
    }

    private static boolean isTransient(DriverException failure) {
        return failure instanceof AllNodesFailedException // NoNodeAvailableException among them
                || failure instanceof DriverTimeoutException
                || failure instanceof QueryConsistencyException // read and write timeouts and failures
                || failure instanceof UnavailableException
                || failure instanceof OverloadedException
                || failure instanceof BootstrappingException
                || failure instanceof TruncateException
                || failure instanceof ClosedConnectionException
                || failure instanceof HeartbeatException
                || failure instanceof ConnectionInitException
                || failure instanceof BusyConnectionException
                || failure instanceof RequestThrottlingException;
    }
}

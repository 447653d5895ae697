package org.acme.users.adapter.persistence.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoStalePrimaryException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.acme.users.domain.port.RepositoryUnavailableException;

/**
 * Turns what the driver throws into the port's exceptions, so no driver type reaches a caller. The driver's own
 * exception stays attached as the cause, for the log; the messages are this adapter's, never the server's.
 */
final class MongoFailures {

    /** The duplicate-key message of MongoDB and mongo-java-server alike names the index: "... index: _id_ dup key". */
    private static final String ID_INDEX_IN_MESSAGE = "index: _id_ ";
    private static final String OWNER_INDEX_IN_MESSAGE = "index: " + UserDocument.OWNER_INDEX + " ";

    /** Set by the server (4.4 and later) on errors after which a write may safely be tried again. */
    private static final String RETRYABLE_WRITE_ERROR_LABEL = "RetryableWriteError";

    private MongoFailures() {
    }

    /**
     * A failed insert or change of {@code user}: a duplicate key is its address, or its owner (which only an insert
     * writes), unless it is its id, which ids generated as UUIDv7 never repeat, so a repeat is the caller's bug
     * rather than a conflict.
     */
    static RuntimeException ofWrite(MongoException failure, User user) {
        if (!isDuplicateKey(failure)) {
            return of(failure, "write");
        }
        String message = String.valueOf(failure.getMessage());
        if (message.contains(ID_INDEX_IN_MESSAGE)) {
            return new IllegalArgumentException("a user with id " + user.id() + " is already stored", failure);
        }
        if (message.contains(OWNER_INDEX_IN_MESSAGE) && user.owner().isPresent()) {
            return new OwnerAlreadyRegisteredException(user.owner().get());
        }
        return new EmailAlreadyUsedException(user.email());
    }

    /** Any other failure: unavailable if waiting or retrying could help, else a plain unexpected failure. */
    static RuntimeException of(MongoException failure, String operation) {
        if (isTransient(failure)) {
            return new RepositoryUnavailableException("MongoDB could not be reached for the " + operation, failure);
        }
        return new IllegalStateException("MongoDB failed the " + operation + " unexpectedly", failure);
    }

    /**
     * A failed start: unavailable as above, or else a refusal whose reason the operator needs, so unlike at run time
     * the driver's message is kept (it never contains the password).
     */
    static RuntimeException ofStartUp(MongoException failure, String databaseName) {
        if (isTransient(failure)) {
            return of(failure, "start-up");
        }
        return new IllegalStateException(
                "MongoDB refused to prepare database " + databaseName + ": " + failure.getMessage(), failure);
    }

    private static boolean isDuplicateKey(MongoException failure) {
        return failure instanceof MongoServerException serverFailure
                && ErrorCategory.fromErrorCode(serverFailure.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }

    private static boolean isTransient(MongoException failure) {
        return failure instanceof MongoTimeoutException // also the client-side operation timeout
                || failure instanceof MongoSocketException
                || failure instanceof MongoNotPrimaryException
                || failure instanceof MongoNodeIsRecoveringException
                || failure instanceof MongoStalePrimaryException
                || failure instanceof MongoConnectionPoolClearedException
                || failure instanceof MongoServerUnavailableException
                || failure instanceof MongoExecutionTimeoutException
                // The write may be applied on the primary but not yet on a majority: the caller must re-read.
                || failure instanceof MongoWriteConcernException
                || failure.hasErrorLabel(RETRYABLE_WRITE_ERROR_LABEL)
                || failure.hasErrorLabel(MongoException.RETRYABLE_ERROR_LABEL)
                || failure.hasErrorLabel(MongoException.SYSTEM_OVERLOADED_ERROR_LABEL);
    }
}

package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/**
 * The conditional writes of the {@code users} table, each settled when its outcome is unknown: after a timeout a
 * serial read tells whether the row now is what the write would have made it (applied), still what the condition
 * expected (not applied: it is tried again, at most {@value #ATTEMPTS} times) or something else (not applied).
 */
final class StoredUsers {

    static final int ATTEMPTS = 3;

    private final StoredUserDao dao;
    private final UnaryOperator<BoundStatementBuilder> serial;

    StoredUsers(StoredUserDao dao, UnaryOperator<BoundStatementBuilder> serial) {
        this.dao = dao;
        this.serial = serial;
    }

    Optional<StoredUser> find(UUID id) {
        return dao.findById(id);
    }

    CompletionStage<Optional<StoredUser>> findAsync(UUID id) {
        return dao.findByIdAsync(id);
    }

    /** A read that first completes any conditional write of the row still in progress. */
    Optional<StoredUser> findSerially(UUID id) {
        return dao.findById(id, serial);
    }

    /** Empty when {@code user} was inserted, else the user already stored under its id. */
    Optional<StoredUser> insertIfAbsent(StoredUser user) {
        DriverException unknown = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return dao.insertIfAbsent(user);
            } catch (DriverException e) {
                unknown = unlessOutcomeUnknown(e);
                Optional<StoredUser> now = findSerially(user.id());
                if (now.isPresent()) {
                    return now.get().equals(user) ? Optional.empty() : now;
                }
            }
        }
        throw unknown;
    }

    boolean updateIfAtVersion(StoredUser changed, long expectedVersion) {
        DriverException unknown = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return dao.updateIfAtVersion(changed, expectedVersion);
            } catch (DriverException e) {
                unknown = unlessOutcomeUnknown(e);
                Optional<StoredUser> now = findSerially(changed.id());
                if (now.isEmpty() || now.get().version() != expectedVersion) {
                    return now.isPresent() && now.get().equals(changed);
                }
            }
        }
        throw unknown;
    }

    /**
     * Whether the user was removed at that version. A removal whose outcome stays unknown (the row is gone, but
     * maybe by another removal) is reported as the driver's failure, so that the port says unavailable.
     */
    boolean deleteIfAtVersion(UUID id, long expectedVersion) {
        DriverException unknown = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return dao.deleteIfAtVersion(id, expectedVersion);
            } catch (DriverException e) {
                unknown = unlessOutcomeUnknown(e);
                Optional<StoredUser> now = findSerially(id);
                if (now.isEmpty()) {
                    throw e;
                }
                if (now.get().version() != expectedVersion) {
                    return false;
                }
            }
        }
        throw unknown;
    }

    private static DriverException unlessOutcomeUnknown(DriverException failure) {
        if (!CassandraFailures.isOutcomeUnknown(failure)) {
            throw failure;
        }
        return failure;
    }
}

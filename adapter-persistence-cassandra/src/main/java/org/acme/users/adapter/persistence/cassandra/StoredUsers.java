package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;
import org.acme.users.domain.port.RepositoryUnavailableException;

/**
 * The {@code users} table: plain reads, and conditional writes that take their turn per user in this process
 * ({@link PartitionQueue}) and are settled when their outcome is unknown ({@link ConditionalWrite}).
 */
final class StoredUsers {

    private final StoredUserDao dao;
    private final UnaryOperator<BoundStatementBuilder> serial;
    private final PartitionQueue queue;

    StoredUsers(StoredUserDao dao, UnaryOperator<BoundStatementBuilder> serial, PartitionQueue queue) {
        this.dao = dao;
        this.serial = serial;
        this.queue = queue;
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
        return queue.inTurn(user.id(), () -> ConditionalWrite.settled(
                () -> dao.insertIfAbsent(user),
                () -> findSerially(user.id()).map(now -> now.equals(user) ? Optional.empty() : Optional.of(now))));
    }

    boolean updateIfAtVersion(StoredUser changed, long expectedVersion) {
        return queue.inTurn(changed.id(), () -> ConditionalWrite.settled(
                () -> dao.updateIfAtVersion(changed, expectedVersion),
                () -> {
                    Optional<StoredUser> now = findSerially(changed.id());
                    if (now.isPresent() && now.get().version() == expectedVersion) {
                        return Optional.empty();
                    }
                    return Optional.of(now.isPresent() && now.get().equals(changed));
                }));
    }

    /**
     * Whether the user was removed at that version. A removal whose outcome stays unknown (the row is gone, but
     * maybe by another removal) is reported as unavailable: the caller reads before trying again.
     */
    boolean deleteIfAtVersion(UUID id, long expectedVersion) {
        return queue.inTurn(id, () -> ConditionalWrite.settled(
                () -> dao.deleteIfAtVersion(id, expectedVersion),
                () -> {
                    Optional<StoredUser> now = findSerially(id);
                    if (now.isEmpty()) {
                        throw new RepositoryUnavailableException("Cassandra did not say whether the user " + id
                                + " was removed by this call or by another", null);
                    }
                    return now.get().version() == expectedVersion ? Optional.empty() : Optional.of(false);
                }));
    }
}

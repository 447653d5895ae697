package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Delete;
import com.datastax.oss.driver.api.mapper.annotations.Insert;
import com.datastax.oss.driver.api.mapper.annotations.Select;
import com.datastax.oss.driver.api.mapper.annotations.Update;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/** The statements on the {@code users} table; the driver's mapper generates them, each prepared once. */
@Dao
interface StoredUserDao {

    @Select
    Optional<StoredUser> findById(UUID id);

    /** As {@link #findById(UUID)}, with the statement's options changed, e.g. to a serial read. */
    @Select
    Optional<StoredUser> findById(UUID id, UnaryOperator<BoundStatementBuilder> options);

    @Select
    CompletionStage<Optional<StoredUser>> findByIdAsync(UUID id);

    /** Empty when the user was inserted, else the user already stored under that id. */
    @Insert(ifNotExists = true)
    Optional<StoredUser> insertIfAbsent(StoredUser user);

    @Update(customIfClause = "version = :expectedVersion")
    boolean updateIfAtVersion(StoredUser user, long expectedVersion);

    @Delete(entityClass = StoredUser.class, customIfClause = "version = :expectedVersion")
    boolean deleteIfAtVersion(UUID id, long expectedVersion);
}

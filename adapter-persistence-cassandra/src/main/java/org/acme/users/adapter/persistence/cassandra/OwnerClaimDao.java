package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Delete;
import com.datastax.oss.driver.api.mapper.annotations.Insert;
import com.datastax.oss.driver.api.mapper.annotations.Select;
import com.datastax.oss.driver.api.mapper.annotations.Update;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The statements on the {@code owner_claims} table: every change of a claim is conditional. */
@Dao
interface OwnerClaimDao {

    @Select
    Optional<OwnerClaim> find(String issuer, String subject);

    @Select
    Optional<OwnerClaim> find(String issuer, String subject, UnaryOperator<BoundStatementBuilder> options);

    /** Empty when the claim was taken, else the claim that holds the owner. */
    @Insert(ifNotExists = true)
    Optional<OwnerClaim> claimIfFree(OwnerClaim claim);

    /** Replaces a claim only if it is still exactly the one that was looked at (same holder, same token). */
    @Update(customIfClause = "user_id = :heldBy AND claim_token = :heldWith")
    boolean takeOver(OwnerClaim claim, UUID heldBy, UUID heldWith);

    @Delete(entityClass = OwnerClaim.class, customIfClause = "claim_token = :heldWith")
    boolean releaseIfHeldWith(String issuer, String subject, UUID heldWith);
}

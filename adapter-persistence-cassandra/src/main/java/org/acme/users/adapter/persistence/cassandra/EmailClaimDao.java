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

/** The statements on the {@code email_claims} table: every change of a claim is conditional. */
@Dao
interface EmailClaimDao {

    @Select
    Optional<EmailClaim> findByEmail(String email);

    @Select
    Optional<EmailClaim> findByEmail(String email, UnaryOperator<BoundStatementBuilder> options);

    /** Empty when the claim was taken, else the claim that holds the address. */
    @Insert(ifNotExists = true)
    Optional<EmailClaim> claimIfFree(EmailClaim claim);

    /** Replaces a claim only if it is still exactly the one that was looked at (same holder, same token). */
    @Update(customIfClause = "user_id = :heldBy AND claim_token = :heldWith")
    boolean takeOver(EmailClaim claim, UUID heldBy, UUID heldWith);

    @Delete(entityClass = EmailClaim.class, customIfClause = "claim_token = :heldWith")
    boolean releaseIfHeldWith(String email, UUID heldWith);
}

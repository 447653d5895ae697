package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import com.datastax.oss.driver.api.mapper.annotations.PropertyStrategy;
import com.datastax.oss.driver.api.mapper.entity.naming.GetterStyle;
import java.time.Instant;
import java.util.UUID;

/**
 * Who holds a normalised address, in the {@code email_claims} table keyed by the address. Cassandra has no unique
 * index across partitions: an address is taken by inserting its claim {@code IF NOT EXISTS} before the user is
 * written. A claim counts while its user has that address; one whose user never took it (a crash between the steps)
 * is taken over once it is older than the settings' claim take-over time.
 *
 * <p>{@code claimToken} names the operation that holds the claim now. An operation makes a claim its own (a new token)
 * before it relies on it, and a claim is only ever released on its exact token, so a release can never remove a claim
 * that a later operation has made its own.
 */
@Entity
@CqlName("email_claims")
@PropertyStrategy(getterStyle = GetterStyle.FLUENT, mutable = false)
record EmailClaim(@PartitionKey String email, UUID userId, UUID claimToken, Instant claimedAt) {
}

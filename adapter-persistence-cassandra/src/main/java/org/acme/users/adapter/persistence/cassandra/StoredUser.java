package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import com.datastax.oss.driver.api.mapper.annotations.PropertyStrategy;
import com.datastax.oss.driver.api.mapper.entity.naming.GetterStyle;
import java.time.Instant;
import java.util.UUID;

/**
 * A user as the {@code users} table holds it: one partition per user, so that each conditional change (a lightweight
 * transaction) contends only with changes of the same user. Timestamps are CQL {@code timestamp}s, which hold exactly
 * the domain's milliseconds. {@code emailClaim} is the token of the {@link EmailClaim} that backs this version's
 * address, so that the change that replaces this version releases exactly that claim and no later one. The owner's
 * {@code ownerIssuer} and {@code ownerSubject} are null for a user without one; {@code ownerClaim} is the token of its
 * {@link OwnerClaim}, released with the user.
 */
@Entity
@CqlName("users")
@PropertyStrategy(getterStyle = GetterStyle.FLUENT, mutable = false)
record StoredUser(
        @PartitionKey UUID id, String email, String name, Instant createdAt, Instant updatedAt, long version,
        UUID emailClaim, String ownerIssuer, String ownerSubject, UUID ownerClaim) {
}

package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import com.datastax.oss.driver.api.mapper.annotations.PropertyStrategy;
import com.datastax.oss.driver.api.mapper.entity.naming.GetterStyle;
import java.time.Instant;
import java.util.UUID;

/**
 * Who holds an owner, in the {@code owner_claims} table keyed by the owner's exact issuer and subject: the same rules
 * as an {@link EmailClaim}. It counts while its user belongs to that owner; one whose user never took it (a crash
 * between the steps) is taken over once it is older than the settings' claim take-over time.
 */
@Entity
@CqlName("owner_claims")
@PropertyStrategy(getterStyle = GetterStyle.FLUENT, mutable = false)
record OwnerClaim(@PartitionKey(0) String issuer, @PartitionKey(1) String subject, UUID userId, UUID claimToken,
        Instant claimedAt) {
}

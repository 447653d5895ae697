package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.mapper.annotations.ClusteringColumn;
import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import com.datastax.oss.driver.api.mapper.annotations.PropertyStrategy;
import com.datastax.oss.driver.api.mapper.entity.naming.GetterStyle;
import java.nio.ByteBuffer;

/**
 * One id in its bucket, in the {@code user_ids_by_bucket} table: the page index. The id is a {@code blob} clustering
 * column, which Cassandra orders as unsigned bytes (a {@code uuid} column would sort by version first), so within a
 * bucket the rows are in the port's order; see {@link IdOrder} for the buckets.
 */
@Entity
@CqlName("user_ids_by_bucket")
@PropertyStrategy(getterStyle = GetterStyle.FLUENT, mutable = false)
record IdInBucket(@PartitionKey long bucket, @ClusteringColumn ByteBuffer id) {
}

package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.mapper.annotations.ClusteringColumn;
import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import com.datastax.oss.driver.api.mapper.annotations.PropertyStrategy;
import com.datastax.oss.driver.api.mapper.entity.naming.GetterStyle;

/**
 * One bucket that holds ids, in the {@code user_id_buckets} table: the directory a page walks, so that it skips
 * empty buckets without visiting them. All of it is one small partition (a row per 70 minutes in which users were
 * registered), ordered by bucket.
 */
@Entity
@CqlName("user_id_buckets")
@PropertyStrategy(getterStyle = GetterStyle.FLUENT, mutable = false)
record IdBucket(@PartitionKey int directory, @ClusteringColumn long bucket) {

    /** The directory's one partition. */
    static final int DIRECTORY = 0;

    static IdBucket of(long bucket) {
        return new IdBucket(DIRECTORY, bucket);
    }
}

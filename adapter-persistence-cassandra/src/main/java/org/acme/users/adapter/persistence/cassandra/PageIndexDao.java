package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.PagingIterable;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Delete;
import com.datastax.oss.driver.api.mapper.annotations.Insert;
import com.datastax.oss.driver.api.mapper.annotations.Select;
import com.datastax.oss.driver.api.mapper.annotations.StatementAttributes;
import java.nio.ByteBuffer;

/** The statements on the page index: plain, idempotent writes, since an id's place never changes. */
@Dao
interface PageIndexDao {

    @Insert
    @StatementAttributes(idempotence = true)
    void addBucket(IdBucket bucket);

    @Insert
    @StatementAttributes(idempotence = true)
    void addId(IdInBucket entry);

    @Delete
    @StatementAttributes(idempotence = true)
    void removeId(IdInBucket entry);

    @Select(customWhereClause = "directory = :directory AND bucket >= :first", limit = ":rows")
    PagingIterable<IdBucket> bucketsFrom(int directory, long first, int rows);

    @Select(customWhereClause = "bucket = :bucket", limit = ":rows")
    PagingIterable<IdInBucket> idsIn(long bucket, int rows);

    @Select(customWhereClause = "bucket = :bucket AND id > :after", limit = ":rows")
    PagingIterable<IdInBucket> idsAfter(long bucket, ByteBuffer after, int rows);
}

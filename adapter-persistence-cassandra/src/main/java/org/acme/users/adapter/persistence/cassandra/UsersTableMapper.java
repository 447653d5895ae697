package org.acme.users.adapter.persistence.cassandra;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.mapper.annotations.DaoFactory;
import com.datastax.oss.driver.api.mapper.annotations.DaoKeyspace;
import com.datastax.oss.driver.api.mapper.annotations.Mapper;

/** The driver's object mapper over the adapter's tables; its builder is generated at compile time. */
@Mapper
interface UsersTableMapper {

    @DaoFactory
    StoredUserDao users(@DaoKeyspace CqlIdentifier keyspace);

    @DaoFactory
    EmailClaimDao claims(@DaoKeyspace CqlIdentifier keyspace);

    @DaoFactory
    OwnerClaimDao ownerClaims(@DaoKeyspace CqlIdentifier keyspace);

    @DaoFactory
    PageIndexDao pageIndex(@DaoKeyspace CqlIdentifier keyspace);
}

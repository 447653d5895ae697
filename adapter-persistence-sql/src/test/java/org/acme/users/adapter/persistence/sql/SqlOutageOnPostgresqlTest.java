package org.acme.users.adapter.persistence.sql;

import org.acme.users.adapter.persistence.sql.support.IsolatedServerDatabase;
import org.acme.users.adapter.persistence.sql.support.NetworkDatabase;

/** Outages between the adapter and PostgreSQL. */
class SqlOutageOnPostgresqlTest extends SqlOutageTest {

    @Override
    protected NetworkDatabase createDatabase() {
        return IsolatedServerDatabase.postgresSchema();
    }
}

package org.acme.users.adapter.persistence.sql;

import org.acme.users.adapter.persistence.sql.support.IsolatedServerDatabase;
import org.acme.users.adapter.persistence.sql.support.NetworkDatabase;

/** Outages between the adapter and MariaDB. */
class SqlOutageOnMariaDbTest extends SqlOutageTest {

    @Override
    protected NetworkDatabase createDatabase() {
        return IsolatedServerDatabase.mariaDbDatabase();
    }
}

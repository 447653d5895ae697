package org.acme.users.adapter.persistence.sql;

import org.acme.users.adapter.persistence.sql.support.IsolatedDatabase;
import org.acme.users.adapter.persistence.sql.support.IsolatedServerDatabase;

/**
 * The port's contract on MariaDB, in a database of its own (see {@link IsolatedServerDatabase#mariaDbDatabase()}
 * for the settings).
 */
class SqlUserRepositoryOnMariaDbTest extends SqlUserRepositoryContractTest {

    @Override
    protected IsolatedDatabase createDatabase() {
        return IsolatedServerDatabase.mariaDbDatabase();
    }
}

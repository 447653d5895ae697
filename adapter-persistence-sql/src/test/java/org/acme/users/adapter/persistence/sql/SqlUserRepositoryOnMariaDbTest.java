package org.acme.users.adapter.persistence.sql;

import org.acme.users.adapter.persistence.sql.support.IsolatedDatabase;
import org.acme.users.adapter.persistence.sql.support.IsolatedMariaDbDatabase;

/** The port's contract on MariaDB, in a database of its own (see {@link IsolatedMariaDbDatabase} for the settings). */
class SqlUserRepositoryOnMariaDbTest extends SqlUserRepositoryContractTest {

    @Override
    protected IsolatedDatabase createDatabase() {
        return IsolatedMariaDbDatabase.create();
    }
}

package org.acme.users.adapter.persistence.sql;

import org.acme.users.adapter.persistence.sql.support.IsolatedDatabase;
import org.acme.users.adapter.persistence.sql.support.IsolatedServerDatabase;

/**
 * The port's contract on PostgreSQL, in a schema of its own (see {@link IsolatedServerDatabase#postgresSchema()}
 * for the settings).
 */
class SqlUserRepositoryOnPostgresqlTest extends SqlUserRepositoryContractTest {

    @Override
    protected IsolatedDatabase createDatabase() {
        return IsolatedServerDatabase.postgresSchema();
    }
}

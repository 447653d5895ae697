package org.acme.users.adapter.persistence.sql;

import org.acme.users.adapter.persistence.sql.support.IsolatedDatabase;
import org.acme.users.adapter.persistence.sql.support.IsolatedH2Database;

/** The port's contract on H2, in memory. */
class SqlUserRepositoryOnH2Test extends SqlUserRepositoryContractTest {

    @Override
    protected IsolatedDatabase createDatabase() {
        return IsolatedH2Database.create();
    }
}

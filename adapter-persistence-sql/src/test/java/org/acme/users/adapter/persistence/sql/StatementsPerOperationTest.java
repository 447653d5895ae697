package org.acme.users.adapter.persistence.sql;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.acme.users.adapter.persistence.sql.support.IsolatedH2Database;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every port operation is one SQL statement, sent in auto-commit mode (no BEGIN or COMMIT around it), and
 * nothing is read that is not returned: a change is not preceded by a load. Only a refused change costs a
 * second, cheap statement, to tell a stale version from a missing user. Counted by Hibernate's statement
 * inspector, which sees every statement Hibernate prepares; the SQL does not depend on the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsPerOperationTest {

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private IsolatedH2Database database;
    private SqlPersistence persistence;
    private UserRepository users;
    private User stored;

    @BeforeAll
    void connectWhileWatchingTheStatements() {
        StatementInspector recorder = sql -> {
            statements.add(sql);
            return sql;
        };
        database = IsolatedH2Database.create();
        persistence = SqlPersistence.connect(database.settings(), Map.of(AvailableSettings.STATEMENT_INSPECTOR, recorder));
        users = persistence.userRepository();
    }

    @BeforeEach
    void storeOneUser() {
        database.deleteAllUsers();
        stored = aUser().build();
        users.insert(stored);
    }

    @AfterAll
    void close() {
        persistence.close();
        database.close();
    }

    @Test
    void storesAUserWithOneInsert() {
        assertThat(statementsOf(() -> users.insert(aUser().build()))).singleElement().asString()
                .startsWith("insert into users");
    }

    @Test
    void changesAUserWithOneConditionalUpdateAndNoLoadBeforeIt() {
        User changed = stored.changeTo(UserDetails.of("changed@example.com", "Ada King"), stored.updatedAt());

        assertThat(statementsOf(() -> users.update(changed))).singleElement().asString()
                .startsWith("update users")
                .containsPattern("where .*id=\\? and .*version=\\?");
    }

    @Test
    void refusesAStaleChangeWithTheUpdateAndOneExistenceCheck() {
        User stale = aUser().withId(stored.id()).withVersion(5).build();

        List<String> sent = statementsOf(() -> assertThat(catchThrowable(() -> users.update(stale)))
                .isInstanceOf(VersionConflictException.class));

        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).startsWith("update users");
        assertThat(sent.get(1)).startsWith("select").containsPattern("where .*id=\\?");
    }

    @Test
    void removesAUserWithOneConditionalDelete() {
        assertThat(statementsOf(() -> users.delete(stored.id(), stored.version()))).singleElement().asString()
                .startsWith("delete from users")
                .containsPattern("where .*id=\\? and .*version=\\?");
    }

    @Test
    void findsAUserByIdWithOneSelect() {
        assertThat(statementsOf(() -> users.findById(stored.id()))).singleElement().asString()
                .startsWith("select").containsPattern("where .*id=\\?");
    }

    @Test
    void findsAUserByEmailWithOneSelect() {
        assertThat(statementsOf(() -> users.findByEmail(stored.email()))).singleElement().asString()
                .startsWith("select").containsPattern("where .*email=\\?");
    }

    @Test
    void readsAPageWithOneKeysetQueryThatStartsAfterTheGivenId() {
        assertThat(statementsOf(() -> users.findPage(Optional.of(stored.id()), 20))).singleElement().asString()
                .startsWith("select")
                .containsPattern("where .*id>\\?")
                .containsPattern("order by .*id")
                .containsPattern("fetch first \\? rows only|limit \\?")
                .doesNotContain("offset");
    }

    private List<String> statementsOf(Runnable operation) {
        statements.clear();
        operation.run();
        return List.copyOf(statements);
    }
}

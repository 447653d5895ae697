package org.acme.users.adapter.persistence.sql;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.anOwner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
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
 * second, cheap statement, to tell a stale version from a missing user. Statements are counted by Hibernate's
 * statement inspector, which sees every statement Hibernate prepares (the SQL does not depend on the database);
 * transaction control by a view of the pool that records every {@code setAutoCommit(false)}, {@code commit()} and
 * {@code rollback()} Hibernate calls on a connection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsPerOperationTest {

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final List<String> transactionCalls = new CopyOnWriteArrayList<>();
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
        persistence = SqlPersistence.connect(database.settings(), Map.of(AvailableSettings.STATEMENT_INSPECTOR, recorder),
                this::recordingTransactionCalls);
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
    void findsAUserByOwnerWithOneSelectOnBothOwnerColumns() {
        User owned = aUser().ownedBy(anOwner()).build();
        users.insert(owned);

        assertThat(statementsOf(() -> users.findByOwner(owned.owner().orElseThrow()))).singleElement().asString()
                .startsWith("select").containsPattern("where .*owner_issuer=\\? and .*owner_subject=\\?");
    }

    @Test
    void changesAUserWithoutWritingItsOwner() {
        assertThat(statementsOf(() -> users.update(stored.changeTo(stored.details(), stored.updatedAt()))))
                .singleElement().asString().startsWith("update users").doesNotContain("owner_");
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
        transactionCalls.clear();
        operation.run();
        assertThat(transactionCalls).as("transaction control around the statement").isEmpty();
        return List.copyOf(statements);
    }

    /** Hands out connections that note each call that would wrap a statement in a transaction of its own. */
    private DataSource recordingTransactionCalls(DataSource pool) {
        InvocationHandler lending = (proxy, method, arguments) -> {
            Object result = invoke(method, pool, arguments);
            return method.getName().equals("getConnection") ? recording((Connection) result) : result;
        };
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                lending);
    }

    private Connection recording(Connection connection) {
        InvocationHandler recorder = (proxy, method, arguments) -> {
            String name = method.getName();
            if (name.equals("commit") || name.equals("rollback")
                    || name.equals("setAutoCommit") && Boolean.FALSE.equals(arguments[0])) {
                transactionCalls.add(name);
            }
            return invoke(method, connection, arguments);
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                recorder);
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}

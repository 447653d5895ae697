package org.acme.users.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.testkit.contract.UserRepositoryContract;
import org.acme.users.testkit.net.TcpRelay;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * All it takes to prove an adapter: the contract suite, an empty store, the adapter with its database out of reach,
 * and the health check of each.
 */
class JdbcUserRepositoryTest extends UserRepositoryContract {

    private static final JdbcDataSource DATABASE = h2("jdbc:h2:mem:users;DB_CLOSE_DELAY=-1");
    private static final JdbcUserRepository REPOSITORY = new JdbcUserRepository(DATABASE);

    /** Accepts connections and drops them at once: the client sees a network that is down. */
    private static TcpRelay cutNetwork;

    @BeforeAll
    static void createTableAndCutTheNetwork() {
        REPOSITORY.createTableIfMissing();
        // Cut before anything connects, so the relay never dials its target.
        cutNetwork = TcpRelay.start("127.0.0.1", 9092);
        cutNetwork.cut();
    }

    @AfterAll
    static void closeTheRelay() {
        cutNetwork.close();
    }

    @Override
    protected UserRepository emptyRepository() {
        try (Connection connection = DATABASE.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE TABLE users");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the users table", e);
        }
        return REPOSITORY;
    }

    @Override
    protected UserRepository unreachableRepository() {
        return new JdbcUserRepository(h2("jdbc:h2:tcp://127.0.0.1:" + cutNetwork.port() + "/mem:users"));
    }

    /** The example's repository is its own health check. */
    @Override
    public Optional<DatabaseHealth> healthOf(UserRepository repository) {
        return Optional.of((JdbcUserRepository) repository);
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return dataSource;
    }
}

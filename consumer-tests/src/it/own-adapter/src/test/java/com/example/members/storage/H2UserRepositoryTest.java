package com.example.members.storage;

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

/** The users port's contract, on this adapter: every rule of the testkit runs here. */
class H2UserRepositoryTest extends UserRepositoryContract {

    private static final JdbcDataSource DATABASE = h2("jdbc:h2:mem:members;DB_CLOSE_DELAY=-1");
    private static final H2UserRepository REPOSITORY = new H2UserRepository(DATABASE);
    private static TcpRelay cutRelay;

    @BeforeAll
    static void createTheSchemaAndARelayThatIsCut() {
        REPOSITORY.createSchema();
        cutRelay = TcpRelay.start("127.0.0.1", 9092);
        cutRelay.cut();
    }

    @AfterAll
    static void closeTheRelay() {
        cutRelay.close();
    }

    @Override
    protected UserRepository emptyRepository() {
        deleteAllUsers();
        return REPOSITORY;
    }

    @Override
    protected UserRepository unreachableRepository() {
        return repositoryBehindACutRelay();
    }

    @Override
    public Optional<DatabaseHealth> healthOf(UserRepository repository) {
        return Optional.of((H2UserRepository) repository);
    }

    private static void deleteAllUsers() {
        try (Connection connection = DATABASE.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM users");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the users table", e);
        }
    }

    /** The adapter pointed at the database through a relay that drops every connection. */
    private static UserRepository repositoryBehindACutRelay() {
        return new H2UserRepository(h2("jdbc:h2:tcp://127.0.0.1:" + cutRelay.port() + "/mem:members"));
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return dataSource;
    }
}

package org.acme.users.adapter.persistence.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportedDatabaseTest {

    @ParameterizedTest
    @CsvSource({
        "jdbc:h2:mem:users, H2",
        "jdbc:h2:file:./data/users, H2",
        "JDBC:H2:mem:users, H2",
        "jdbc:postgresql://db:5432/users, POSTGRESQL",
        "jdbc:mariadb://db:3306/users, MARIADB",
        "jdbc:mysql://db:3306/users, MARIADB",
        "jdbc:sqlite:users.db, SQLITE",
    })
    void recognisesTheDatabaseByItsUrl(String url, SupportedDatabase expected) {
        assertThat(SupportedDatabase.fromJdbcUrl(url)).isEqualTo(expected);
    }

    @Test
    void letsTheMariaDbDriverAcceptMySqlUrls() {
        assertThat(SupportedDatabase.MARIADB.connectableUrl("jdbc:mysql://db:3306/users"))
                .isEqualTo("jdbc:mysql://db:3306/users?permitMysqlScheme");
        assertThat(SupportedDatabase.MARIADB.connectableUrl("jdbc:mysql://db:3306/users?sslMode=trust"))
                .isEqualTo("jdbc:mysql://db:3306/users?sslMode=trust&permitMysqlScheme");
        assertThat(SupportedDatabase.MARIADB.connectableUrl("jdbc:mariadb://db:3306/users"))
                .isEqualTo("jdbc:mariadb://db:3306/users");
    }

    @Test
    void keepsAnInMemoryH2DatabaseWhenThePoolRenewsItsConnections() {
        assertThat(SupportedDatabase.H2.connectableUrl("jdbc:h2:mem:users"))
                .isEqualTo("jdbc:h2:mem:users;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(SupportedDatabase.H2.connectableUrl("jdbc:h2:mem:users;DB_CLOSE_DELAY=10"))
                .isEqualTo("jdbc:h2:mem:users;DB_CLOSE_DELAY=10;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void leavesClosingAnInProcessH2DatabaseToTheGracefulStop() {
        assertThat(SupportedDatabase.H2.connectableUrl("jdbc:h2:file:./data/users"))
                .isEqualTo("jdbc:h2:file:./data/users;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(SupportedDatabase.H2.connectableUrl("jdbc:h2:./data/users;db_close_on_exit=true"))
                .isEqualTo("jdbc:h2:./data/users;db_close_on_exit=true");
        assertThat(SupportedDatabase.H2.connectableUrl("jdbc:h2:tcp://db:9092/users"))
                .isEqualTo("jdbc:h2:tcp://db:9092/users");
    }

    @Test
    void keepsMigrationScriptsPerDatabase() {
        assertThat(SupportedDatabase.POSTGRESQL.migrationLocation()).isEqualTo("classpath:db/migration/postgresql");
    }
}

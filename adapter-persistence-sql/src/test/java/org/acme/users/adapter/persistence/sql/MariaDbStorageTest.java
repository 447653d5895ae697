package org.acme.users.adapter.persistence.sql;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.idStartingWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.acme.users.adapter.persistence.sql.support.IsolatedServerDatabase;
import org.acme.users.adapter.persistence.sql.support.RequiredDatabase;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How the adapter uses MariaDB, whose defaults would otherwise bend the contract: ids as 16 big-endian bytes
 * (unsigned byte order is the canonical text's order), a binary collation on the e-mail and owner columns in a
 * database created with the server's case-insensitive default, and UTC wall-clock times.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbStorageTest {

    private Optional<String> whyTheDatabaseIsMissing;
    private IsolatedServerDatabase database;
    private SqlPersistence persistence;

    @BeforeAll
    void connect() {
        whyTheDatabaseIsMissing = RequiredDatabase.setUpOrExplainWhyMissing(() -> {
            database = IsolatedServerDatabase.mariaDbDatabase();
            persistence = SqlPersistence.connect(database.settings());
        });
    }

    @BeforeEach
    void startFromAnEmptyTable() {
        RequiredDatabase.skipIfMissing(whyTheDatabaseIsMissing);
        database.deleteAllUsers();
    }

    @AfterAll
    void close() {
        if (database != null) {
            persistence.close();
            database.close();
        }
    }

    @Test
    void storesTheIdAsSixteenBigEndianBytesAndTheTimeInUtc() {
        User user = aUser().withId(idStartingWith("F")).withCreatedAt(Instant.parse("2026-03-29T01:30:00.250Z")).build();

        persistence.userRepository().insert(user);

        assertThat(database.firstRow("SELECT LENGTH(id), LOWER(HEX(id)), CAST(created_at AS CHAR) FROM users"))
                .containsExactly("16", user.id().toString().replace("-", ""), "2026-03-29 01:30:00.250");
    }

    @Test
    void comparesAddressesByteForByteWhateverTheServerDefault() {
        assertThat(database.firstRow("SELECT LOWER(COLLATION_NAME) FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'email'"))
                .containsExactly("utf8mb4_bin");
    }

    @Test
    void comparesOwnersByteForByteWhateverTheServerDefault() {
        assertThat(database.firstRow("SELECT GROUP_CONCAT(DISTINCT LOWER(COLLATION_NAME)), COUNT(*) "
                + "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' "
                + "AND COLUMN_NAME IN ('owner_issuer', 'owner_subject')"))
                .containsExactly("utf8mb4_nopad_bin", "2");
    }

    /** utf8mb4_bin would pad with spaces and take both subjects for one key. */
    @Test
    void keepsOwnersThatDifferOnlyInTrailingSpacesApart() {
        Owner padded = new Owner("https://issuer.example.org", "subject-with-space ");
        Owner unpadded = new Owner(padded.issuer(), "subject-with-space");
        User ofPadded = aUser().ownedBy(padded).build();
        User ofUnpadded = aUser().ownedBy(unpadded).build();

        persistence.userRepository().insert(ofPadded);
        persistence.userRepository().insert(ofUnpadded);

        assertThat(persistence.userRepository().findByOwner(padded)).contains(ofPadded);
        assertThat(persistence.userRepository().findByOwner(unpadded)).contains(ofUnpadded);
    }
}

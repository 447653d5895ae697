package org.acme.users.adapter.persistence.sql;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.acme.users.adapter.persistence.sql.support.IsolatedDatabase;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both unique keys raise the same kind of database error; only the e-mail one is a conflict a client can
 * cause. A repeated id is a bug in the caller (ids are generated), reported as the in-memory repository does.
 */
class DuplicateIdTest {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.acme.users.adapter.persistence.sql.support.EveryDatabase#inFilesOrOnTheirServers")
    void reportsASecondInsertOfTheSameIdAsACallerBugAndNotAsATakenAddress(Function<Path, IsolatedDatabase> create) {
        try (IsolatedDatabase database = create.apply(directory);
                SqlPersistence persistence = SqlPersistence.connect(database.settings())) {
            UserRepository users = persistence.userRepository();
            User first = aUser().build();
            users.insert(first);

            assertThatThrownBy(() -> users.insert(aUser().withId(first.id()).build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(first.id().toString());
            assertThat(users.findPage(Optional.empty(), 10)).containsExactly(first);
        }
    }
}

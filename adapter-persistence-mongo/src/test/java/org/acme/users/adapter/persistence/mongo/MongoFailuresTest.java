package org.acme.users.adapter.persistence.mongo;

import static org.acme.users.testkit.data.UserTestData.aUser;
import static org.acme.users.testkit.data.UserTestData.anOwner;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import java.util.Set;
import java.util.stream.Stream;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.OwnerAlreadyRegisteredException;
import org.acme.users.domain.port.RepositoryUnavailableException;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The driver's own exception types, as the driver builds them, and what the port shows of each. */
class MongoFailuresTest {

    private static final ServerAddress SERVER = new ServerAddress("db.example.org", 27017);
    private static final String SERVER_TEXT = "secret server detail";
    private static final User ADA = aUser().build();

    static Stream<MongoException> transientFailures() {
        return Stream.of(
                new MongoTimeoutException(SERVER_TEXT),
                new MongoOperationTimeoutException(SERVER_TEXT),
                new MongoSocketOpenException(SERVER_TEXT, SERVER),
                new MongoSocketReadException(SERVER_TEXT, SERVER),
                new MongoNotPrimaryException(commandError(10107, "NotWritablePrimary"), SERVER),
                labelled(new MongoCommandException(commandError(91, "ShutdownInProgress"), SERVER)));
    }

    @ParameterizedTest
    @MethodSource("transientFailures")
    void reportsAServerThatIsGoneSlowOrSteppingDownAsUnavailable(MongoException failure) {
        RuntimeException seen = MongoFailures.of(failure, "query");

        assertThat(seen).isInstanceOf(RepositoryUnavailableException.class).hasCause(failure);
        assertThat(seen.getMessage()).doesNotContain(SERVER_TEXT);
    }

    @Test
    void reportsAnyOtherServerErrorAsAPlainFailureWithoutTheServersText() {
        MongoException failure = new MongoCommandException(commandError(2, "BadValue"), SERVER);

        RuntimeException seen = MongoFailures.of(failure, "query");

        assertThat(seen).isExactlyInstanceOf(IllegalStateException.class).hasCause(failure);
        assertThat(seen.getMessage()).doesNotContain(SERVER_TEXT);
    }

    @Test
    void reportsADuplicateKeyOnTheAddressIndexAsTheAddressBeingUsed() {
        MongoException failure = duplicateKey("E11000 duplicate key error collection: app.users index: "
                + UserDocument.EMAIL_INDEX + " dup key: { email: \"ada@example.com\" }");

        RuntimeException seen = MongoFailures.ofWrite(failure, ADA);

        assertThat(seen).isInstanceOf(EmailAlreadyUsedException.class);
        assertThat(((EmailAlreadyUsedException) seen).email()).isEqualTo(ADA.email());
    }

    @Test
    void reportsADuplicateKeyOnTheOwnerIndexAsTheOwnerBeingRegisteredAlready() {
        Owner owner = anOwner();
        MongoException failure = duplicateKey("E11000 duplicate key error collection: app.users index: "
                + UserDocument.OWNER_INDEX + " dup key: { owner.issuer: \"" + owner.issuer() + "\", owner.subject: \""
                + owner.subject() + "\" }");

        RuntimeException seen = MongoFailures.ofWrite(failure, aUser().ownedBy(owner).build());

        assertThat(seen).isInstanceOf(OwnerAlreadyRegisteredException.class);
        assertThat(((OwnerAlreadyRegisteredException) seen).owner()).isEqualTo(owner);
    }

    @Test
    void reportsADuplicateIdAsTheCallersMistakeRatherThanAnAddressConflict() {
        MongoException failure = duplicateKey("E11000 duplicate key error collection: app.users index: _id_ dup key:"
                + " { _id: UUID(\"" + ADA.id() + "\") }");

        RuntimeException seen = MongoFailures.ofWrite(failure, ADA);

        assertThat(seen).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ADA.id().toString());
    }

    @Test
    void reportsAWriteThatFailedForAnotherReasonLikeAnyOtherFailure() {
        RuntimeException seen = MongoFailures.ofWrite(new MongoSocketReadException(SERVER_TEXT, SERVER), ADA);

        assertThat(seen).isInstanceOf(RepositoryUnavailableException.class);
    }

    @Test
    void explainsAtStartUpWhyTheServerRefusedSinceTheOperatorMustFixIt() {
        MongoException refusal = new MongoCommandException(commandError(13, "Unauthorized"), SERVER);

        RuntimeException seen = MongoFailures.ofStartUp(refusal, "users");

        assertThat(seen).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("users")
                .hasMessageContaining(SERVER_TEXT);
    }

    @Test
    void reportsAServerThatIsGoneAtStartUpAsUnavailable() {
        RuntimeException seen = MongoFailures.ofStartUp(new MongoTimeoutException(SERVER_TEXT), "users");

        assertThat(seen).isInstanceOf(RepositoryUnavailableException.class);
    }

    private static MongoException duplicateKey(String message) {
        return new MongoWriteException(new WriteError(11000, message, new BsonDocument()), SERVER, Set.of());
    }

    private static MongoException labelled(MongoException failure) {
        failure.addLabel("RetryableWriteError");
        return failure;
    }

    private static BsonDocument commandError(int code, String codeName) {
        return new BsonDocument("ok", new BsonInt32(0))
                .append("code", new BsonInt32(code))
                .append("codeName", new BsonString(codeName))
                .append("errmsg", new BsonString(SERVER_TEXT));
    }
}

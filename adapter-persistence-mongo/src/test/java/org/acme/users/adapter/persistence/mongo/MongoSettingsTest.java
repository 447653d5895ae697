package org.acme.users.adapter.persistence.mongo;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import java.time.Duration;
import org.bson.UuidRepresentation;
import org.junit.jupiter.api.Test;

class MongoSettingsTest {

    private static final String PLAIN = "mongodb://db.example.org:27017";

    @Test
    void waitsForMajorityJournaledWritesAndOnlyAFewSecondsForTheServerByDefault() {
        MongoSettings settings = MongoSettings.of(PLAIN, "users");

        assertThat(settings.writeConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
        assertThat(settings.serverSelectionTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.operationTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void givesTheDriverStandardUuidsRetriesAndEveryTimeout() {
        MongoClientSettings client = MongoSettings.of(PLAIN, "users").toClientSettings();

        assertThat(client.getUuidRepresentation()).isEqualTo(UuidRepresentation.STANDARD);
        assertThat(client.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
        assertThat(client.getRetryWrites()).isTrue();
        assertThat(client.getRetryReads()).isTrue();
        assertThat(client.getClusterSettings().getServerSelectionTimeout(MILLISECONDS)).isEqualTo(2000);
        assertThat(client.getSocketSettings().getConnectTimeout(MILLISECONDS)).isEqualTo(2000);
        assertThat(client.getTimeout(MILLISECONDS)).isEqualTo(5000);
    }

    @Test
    void letsOptionsWrittenInTheConnectionStringOverrideTheDefaults() {
        MongoSettings settings = MongoSettings.of(PLAIN + "/?w=1&serverSelectionTimeoutMS=1500"
                + "&connectTimeoutMS=700&timeoutMS=9000&retryWrites=false", "users");

        assertThat(settings.writeConcern()).isEqualTo(WriteConcern.W1);
        assertThat(settings.serverSelectionTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(700));
        assertThat(settings.operationTimeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(settings.toClientSettings().getRetryWrites()).isFalse();
    }

    @Test
    void letsExplicitSettingsOverrideTheConnectionString() {
        MongoSettings settings = MongoSettings.of(PLAIN + "/?w=1&timeoutMS=9000", "users")
                .withWriteConcern(WriteConcern.W2)
                .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(400), Duration.ofMillis(500));

        MongoClientSettings client = settings.toClientSettings();
        assertThat(client.getWriteConcern()).isEqualTo(WriteConcern.W2);
        assertThat(client.getClusterSettings().getServerSelectionTimeout(MILLISECONDS)).isEqualTo(300);
        assertThat(client.getSocketSettings().getConnectTimeout(MILLISECONDS)).isEqualTo(400);
        assertThat(client.getTimeout(MILLISECONDS)).isEqualTo(500);
    }

    @Test
    void refusesAnUnacknowledgedWriteConcernSinceVersionedChangesNeedTheMatchedCount() {
        MongoSettings settings = MongoSettings.of(PLAIN, "users");

        assertThatThrownBy(() -> settings.withWriteConcern(WriteConcern.UNACKNOWLEDGED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acknowledged");
    }

    @Test
    void refusesAMalformedConnectionStringOrABlankDatabaseName() {
        assertThatThrownBy(() -> MongoSettings.of("postgres://db.example.org", "users"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid MongoDB connection string");
        assertThatThrownBy(() -> MongoSettings.of(PLAIN, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database name");
    }

    @Test
    void refusesTimeoutsThatAreNotPositive() {
        MongoSettings settings = MongoSettings.of(PLAIN, "users");

        assertThatThrownBy(() -> settings.withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serverSelectionTimeout");
    }

    @Test
    void keepsThePasswordOutOfItsTextSoItCanBeLogged() {
        MongoSettings settings = MongoSettings.of("mongodb://app:s3cret@db.example.org:27017/?authSource=admin", "users");

        assertThat(settings.toString()).doesNotContain("s3cret").contains("db.example.org:27017", "users");
    }
}

package org.acme.users.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final UserId ID = new UserId(UUID.fromString("01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b"));
    private static final UserDetails ADA = UserDetails.of("ada@example.com", "Ada Lovelace");
    private static final UserDetails COUNTESS = UserDetails.of("countess@example.com", "Ada King");
    private static final Instant NOW = Instant.parse("2026-11-24T22:00:00.123Z");
    private static final Optional<Owner> NO_OWNER = Optional.empty();
    private static final Owner ADAS_IDENTITY = new Owner("https://issuer.example.org", "ada");

    @Test
    void registersAtVersionZeroWithBothTimestampsTruncatedToTheMillisecond() {
        User user = User.register(ID, ADA, Instant.parse("2026-11-24T22:00:00.123456789Z"));

        assertThat(user.id()).isEqualTo(ID);
        assertThat(user.details()).isEqualTo(ADA);
        assertThat(user.version()).isZero();
        assertThat(user.createdAt()).isEqualTo(NOW);
        assertThat(user.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void changesIntoANewSnapshotOneVersionLaterKeepingIdAndCreationTime() {
        User registered = User.register(ID, ADA, NOW);

        User changed = registered.changeTo(COUNTESS, NOW.plusSeconds(60).plusNanos(999_999));

        assertThat(changed.id()).isEqualTo(ID);
        assertThat(changed.details()).isEqualTo(COUNTESS);
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.createdAt()).isEqualTo(NOW);
        assertThat(changed.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(registered.details()).isEqualTo(ADA);
        assertThat(registered.version()).isZero();
    }

    @Test
    void neverMovesTheUpdateTimeBackWhenTheClockDoes() {
        User registered = User.register(ID, ADA, NOW);

        User changed = registered.changeTo(COUNTESS, NOW.minusSeconds(3600));

        assertThat(changed.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void countsVersionsUpWithEveryChange() {
        User user = User.register(ID, ADA, NOW);

        for (int i = 0; i < 5; i++) {
            user = user.changeTo(i % 2 == 0 ? COUNTESS : ADA, NOW.plusMillis(i));
        }

        assertThat(user.version()).isEqualTo(5);
    }

    @Test
    void belongsToNobodyUnlessRegisteredWithAnOwner() {
        assertThat(User.register(ID, ADA, NOW).owner()).isEmpty();
        assertThat(User.register(ID, ADA, NOW).isOwnedBy(ADAS_IDENTITY)).isFalse();

        User owned = User.register(ID, ADA, Optional.of(ADAS_IDENTITY), NOW);

        assertThat(owned.owner()).contains(ADAS_IDENTITY);
        assertThat(owned.isOwnedBy(new Owner("https://issuer.example.org", "ada"))).isTrue();
    }

    @Test
    void keepsItsOwnerThroughEveryChange() {
        User owned = User.register(ID, ADA, Optional.of(ADAS_IDENTITY), NOW);

        User changed = owned.changeTo(COUNTESS, NOW.plusSeconds(1)).changeTo(ADA, NOW.plusSeconds(2));

        assertThat(changed.owner()).contains(ADAS_IDENTITY);
    }

    @Test
    void isOwnedOnlyByTheExactIssuerAndSubject() {
        User owned = User.register(ID, ADA, Optional.of(ADAS_IDENTITY), NOW);

        assertThat(owned.isOwnedBy(new Owner("https://issuer.example.org", "Ada"))).isFalse();
        assertThat(owned.isOwnedBy(new Owner("https://other.example.org", "ada"))).isFalse();
    }

    @Test
    void requiresEveryField() {
        EmailAddress email = ADA.email();
        UserName name = ADA.name();

        assertThatThrownBy(() -> new User(null, email, name, NO_OWNER, NOW, NOW, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new User(ID, null, name, NO_OWNER, NOW, NOW, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new User(ID, email, null, NO_OWNER, NOW, NOW, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new User(ID, email, name, null, NOW, NOW, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new User(ID, email, name, NO_OWNER, null, NOW, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new User(ID, email, name, NO_OWNER, NOW, null, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejectsANegativeVersion() {
        assertThatThrownBy(() -> new User(ID, ADA.email(), ADA.name(), NO_OWNER, NOW, NOW, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTimestampsFinerThanAMillisecond() {
        Instant fine = NOW.plusNanos(1);

        assertThatThrownBy(() -> new User(ID, ADA.email(), ADA.name(), NO_OWNER, fine, fine, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new User(ID, ADA.email(), ADA.name(), NO_OWNER, NOW, fine.plusSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnUpdateTimeBeforeTheCreationTime() {
        assertThatThrownBy(() -> new User(ID, ADA.email(), ADA.name(), NO_OWNER, NOW, NOW.minusMillis(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void restoresAStoredUserExactly() {
        User stored = new User(ID, ADA.email(), ADA.name(), NO_OWNER, NOW, NOW.plusMillis(1), 7);

        assertThat(stored).isEqualTo(new User(ID, ADA.email(), ADA.name(), NO_OWNER, NOW, NOW.plusMillis(1), 7));
        assertThat(stored).isNotEqualTo(new User(ID, ADA.email(), ADA.name(), NO_OWNER, NOW, NOW.plusMillis(1), 8));
    }
}

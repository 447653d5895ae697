package org.acme.users.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserIdGenerator;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final Owner ADA = new Owner("https://issuer.example.org", "ada");
    private static final Owner ROOT = new Owner("https://issuer.example.org", "root");
    private static final User ADAS_USER = User.register(UserIdGenerator.systemDefault().next(),
            UserDetails.of("ada@example.com", "Ada"), Optional.of(ADA), Instant.EPOCH);
    private static final User NOBODYS_USER = User.register(UserIdGenerator.systemDefault().next(),
            UserDetails.of("nobody@example.com", "Nobody"), Instant.EPOCH);

    @Test
    void anUncheckedCallerReachesEveryUserAndOwnsNothingItRegisters() {
        Caller anyone = Caller.anyone();

        assertThat(anyone.mayReach(ADAS_USER)).isTrue();
        assertThat(anyone.mayReach(NOBODYS_USER)).isTrue();
        assertThat(anyone.mayReachEveryUser()).isTrue();
        assertThat(anyone.ownerOfWhatItRegisters()).isEmpty();
        assertThat(anyone.identity()).isEmpty();
    }

    @Test
    void anAdminReachesEveryUserAndRegistersUsersOfNobody() {
        Caller admin = Caller.admin(ROOT);

        assertThat(admin.mayReach(ADAS_USER)).isTrue();
        assertThat(admin.mayReach(NOBODYS_USER)).isTrue();
        assertThat(admin.mayReachEveryUser()).isTrue();
        assertThat(admin.ownerOfWhatItRegisters()).isEmpty();
        assertThat(admin.identity()).contains(ROOT);
    }

    @Test
    void aMemberReachesOnlyItsOwnUserAndOwnsWhatItRegisters() {
        Caller ada = Caller.member(ADA);

        assertThat(ada.mayReach(ADAS_USER)).isTrue();
        assertThat(ada.mayReach(NOBODYS_USER)).isFalse();
        assertThat(Caller.member(ROOT).mayReach(ADAS_USER)).isFalse();
        assertThat(ada.mayReachEveryUser()).isFalse();
        assertThat(ada.ownerOfWhatItRegisters()).contains(ADA);
        assertThat(ada.identity()).contains(ADA);
    }

    @Test
    void aProvenIdentityIsRequired() {
        assertThatThrownBy(() -> Caller.member(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Caller.admin(null)).isInstanceOf(NullPointerException.class);
    }
}

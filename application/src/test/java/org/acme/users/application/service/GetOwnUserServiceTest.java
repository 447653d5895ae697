package org.acme.users.application.service;

import static org.acme.users.application.service.SampleUsers.ADA;
import static org.acme.users.application.service.SampleUsers.ADAS_IDENTITY;
import static org.acme.users.application.service.SampleUsers.ANYONE;
import static org.acme.users.application.service.SampleUsers.adaOwnedAtVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.acme.users.application.port.in.Caller;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class GetOwnUserServiceTest {

    @Mock
    private UserRepository repository;

    @Test
    void findsTheUserThatBelongsToTheCallersIdentity() {
        User adas = adaOwnedAtVersion(1);
        when(repository.findByOwner(ADAS_IDENTITY)).thenReturn(Optional.of(adas));

        assertThat(new GetOwnUserService(repository).getOwn(ADA)).contains(adas);
        assertThat(new GetOwnUserService(repository).getOwn(Caller.admin(ADAS_IDENTITY))).contains(adas);
    }

    @Test
    void findsNothingForACallerWhoProvedNoIdentity() {
        assertThat(new GetOwnUserService(repository).getOwn(ANYONE)).isEmpty();

        verifyNoInteractions(repository);
    }
}

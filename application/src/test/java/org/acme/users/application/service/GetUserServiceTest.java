package org.acme.users.application.service;

import static org.acme.users.application.service.SampleUsers.ANYONE;
import static org.acme.users.application.service.SampleUsers.ADA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class GetUserServiceTest {

    @Mock
    private UserRepository repository;

    private GetUserService service;

    @BeforeEach
    void createService() {
        service = new GetUserService(repository);
    }

    @Test
    void returnsTheStoredUser() {
        User ada = SampleUsers.adaAtVersion(3);
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(ada));

        assertThat(service.get(ANYONE, ADA_ID)).isEqualTo(ada);
    }

    @Test
    void failsWithNotFoundNamingTheIdWhenNoUserHasIt() {
        when(repository.findById(ADA_ID)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.get(ANYONE, ADA_ID))
                .isInstanceOfSatisfying(UserNotFoundException.class,
                        notFound -> assertThat(notFound.id()).isEqualTo(ADA_ID));
    }
}

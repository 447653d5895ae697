package org.acme.users.application.service;

import static org.acme.users.application.service.SampleUsers.ANYONE;
import static org.acme.users.application.service.SampleUsers.ADA_ID;
import static org.acme.users.application.service.SampleUsers.NEW_DETAILS;
import static org.acme.users.application.service.SampleUsers.NOW_IN_MILLIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.acme.users.application.port.in.RegisterUserCommand;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserIdGenerator;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class RegisterUserServiceTest {

    @Mock
    private UserRepository repository;
    @Mock
    private UserIdGenerator idGenerator;

    private RegisterUserService service;

    @BeforeEach
    void createService() {
        service = new RegisterUserService(repository, idGenerator, SampleUsers.fixedClock());
    }

    @Test
    void registersUnderTheGeneratorsIdAtTheClocksTimeTruncatedToMillis() {
        when(idGenerator.next()).thenReturn(ADA_ID);

        User registered = service.register(ANYONE, new RegisterUserCommand(NEW_DETAILS));

        assertThat(registered.id()).isEqualTo(ADA_ID);
        assertThat(registered.details()).isEqualTo(NEW_DETAILS);
        assertThat(registered.createdAt()).isEqualTo(NOW_IN_MILLIS);
        assertThat(registered.updatedAt()).isEqualTo(NOW_IN_MILLIS);
        assertThat(registered.version()).isZero();
    }

    @Test
    void insertsExactlyTheUserItReturns() {
        when(idGenerator.next()).thenReturn(ADA_ID);

        User registered = service.register(ANYONE, new RegisterUserCommand(NEW_DETAILS));

        verify(repository).insert(registered);
    }

    @Test
    void letsADuplicateAddressFailTheRegistrationWithoutASecondTry() {
        when(idGenerator.next()).thenReturn(ADA_ID);
        EmailAlreadyUsedException duplicate = new EmailAlreadyUsedException(NEW_DETAILS.email());
        doThrow(duplicate).when(repository).insert(any());

        assertThatThrownBy(() -> service.register(ANYONE, new RegisterUserCommand(NEW_DETAILS))).isSameAs(duplicate);
        verify(repository, times(1)).insert(any());
    }

    @Test
    void rejectsAMissingCommand() {
        assertThatThrownBy(() -> service.register(ANYONE, null)).isInstanceOf(NullPointerException.class);
    }
}

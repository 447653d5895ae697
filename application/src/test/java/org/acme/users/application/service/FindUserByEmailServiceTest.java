package org.acme.users.application.service;

import static org.acme.users.application.service.SampleUsers.ANYONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class FindUserByEmailServiceTest {

    @Mock
    private UserRepository repository;

    private FindUserByEmailService service;

    @BeforeEach
    void createService() {
        service = new FindUserByEmailService(repository);
    }

    @Test
    void looksTheAddressUpInItsNormalisedForm() {
        User ada = SampleUsers.adaAtVersion(0);
        when(repository.findByEmail(new EmailAddress("ada@example.com"))).thenReturn(Optional.of(ada));

        assertThat(service.findByEmail(ANYONE, "  Ada@Example.COM ")).contains(ada);
    }

    @Test
    void findsNothingWhenNobodyHasTheAddress() {
        when(repository.findByEmail(new EmailAddress("nobody@example.com"))).thenReturn(Optional.empty());

        assertThat(service.findByEmail(ANYONE, "nobody@example.com")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "no-at-sign", "two@at@signs", "@example.com", "ada@", "a da@example.com"})
    void findsNothingWithoutAskingTheRepositoryWhenTheTextCannotBeAnAddress(String notAnAddress) {
        assertThat(service.findByEmail(ANYONE, notAnAddress)).isEmpty();

        verifyNoInteractions(repository);
    }
}

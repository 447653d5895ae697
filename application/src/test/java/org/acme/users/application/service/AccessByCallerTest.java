package org.acme.users.application.service;

import static org.acme.users.application.service.SampleUsers.ADA;
import static org.acme.users.application.service.SampleUsers.ADAS_IDENTITY;
import static org.acme.users.application.service.SampleUsers.ADA_ID;
import static org.acme.users.application.service.SampleUsers.ADMIN;
import static org.acme.users.application.service.SampleUsers.ANYONE;
import static org.acme.users.application.service.SampleUsers.NEW_DETAILS;
import static org.acme.users.application.service.SampleUsers.STRANGER;
import static org.acme.users.application.service.SampleUsers.adaAtVersion;
import static org.acme.users.application.service.SampleUsers.adaOwnedAtVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.OptionalLong;
import org.acme.users.application.port.in.ChangeUserCommand;
import org.acme.users.application.port.in.DeleteUserCommand;
import org.acme.users.application.port.in.ListUsersQuery;
import org.acme.users.application.port.in.NotPermittedException;
import org.acme.users.application.port.in.RegisterUserCommand;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserIdGenerator;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** Who may reach what is decided by the use cases: another member's user is missing, listing is for admins. */
@ExtendWith(MockitoExtension.class)
class AccessByCallerTest {

    @Mock
    private UserRepository repository;
    @Mock
    private UserIdGenerator idGenerator;

    private GetUserService get;
    private ChangeUserService change;
    private DeleteUserService delete;

    @BeforeEach
    void createServices() {
        get = new GetUserService(repository);
        change = new ChangeUserService(repository, SampleUsers.fixedClock());
        delete = new DeleteUserService(repository);
    }

    @Test
    void aMemberReachesTheUserItOwns() {
        User adas = adaOwnedAtVersion(2);
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(adas));

        assertThat(get.get(ADA, ADA_ID)).isEqualTo(adas);
        assertThat(change.change(ADA, new ChangeUserCommand(ADA_ID, NEW_DETAILS, OptionalLong.of(2))).version())
                .isEqualTo(3);
        delete.delete(ADA, new DeleteUserCommand(ADA_ID, OptionalLong.of(2)));
        verify(repository).delete(ADA_ID, 2);
    }

    @Test
    void anotherMembersUserIsNotFoundExactlyAsAMissingOne() {
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(adaOwnedAtVersion(2)));

        assertThatThrownBy(() -> get.get(STRANGER, ADA_ID)).isInstanceOfSatisfying(UserNotFoundException.class,
                notFound -> assertThat(notFound.id()).isEqualTo(ADA_ID));
        assertThatThrownBy(() -> change.change(STRANGER, new ChangeUserCommand(ADA_ID, NEW_DETAILS,
                OptionalLong.of(2)))).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> change.change(STRANGER, new ChangeUserCommand(ADA_ID, NEW_DETAILS,
                OptionalLong.empty()))).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> delete.delete(STRANGER, new DeleteUserCommand(ADA_ID, OptionalLong.of(2))))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> delete.delete(STRANGER, new DeleteUserCommand(ADA_ID, OptionalLong.empty())))
                .isInstanceOf(UserNotFoundException.class);

        verify(repository, never()).update(any());
        verify(repository, never()).delete(any(), anyLong());
    }

    @Test
    void aUserThatBelongsToNobodyIsNoMembersToReach() {
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(adaAtVersion(0)));

        assertThatThrownBy(() -> get.get(ADA, ADA_ID)).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void anAdminReachesEveryUserAndRemovesAtAVersionWithoutReadingFirst() {
        User adas = adaOwnedAtVersion(2);
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(adas));

        assertThat(get.get(ADMIN, ADA_ID)).isEqualTo(adas);
        delete.delete(ADMIN, new DeleteUserCommand(ADA_ID, OptionalLong.of(2)));

        verify(repository).findById(ADA_ID);
        verify(repository).delete(ADA_ID, 2);
    }

    @Test
    void onlyAdminsAndUncheckedCallersListAndSearchUsers() {
        ListUsersService list = new ListUsersService(repository);
        FindUserByEmailService find = new FindUserByEmailService(repository);

        assertThatThrownBy(() -> list.list(ADA, ListUsersQuery.firstPage(10))).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("listing");
        assertThatThrownBy(() -> find.findByEmail(ADA, "ada@example.com")).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("address");
        verifyNoInteractions(repository);

        assertThat(list.list(ADMIN, ListUsersQuery.firstPage(10)).items()).isEmpty();
        assertThat(find.findByEmail(ANYONE, "ada@example.com")).isEmpty();
    }

    @Test
    void aMemberRegistersAUserOfItsOwnAndAnAdminOneOfNobodys() {
        RegisterUserService register = new RegisterUserService(repository, idGenerator, SampleUsers.fixedClock());
        when(idGenerator.next()).thenReturn(ADA_ID);

        assertThat(register.register(ADA, new RegisterUserCommand(NEW_DETAILS)).owner()).contains(ADAS_IDENTITY);
        assertThat(register.register(ADMIN, new RegisterUserCommand(NEW_DETAILS)).owner()).isEmpty();
        assertThat(register.register(ANYONE, new RegisterUserCommand(NEW_DETAILS)).owner()).isEmpty();
    }

    @Test
    void everyUseCaseRejectsAMissingCaller() {
        assertThatThrownBy(() -> get.get(null, ADA_ID)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> change.change(null, new ChangeUserCommand(ADA_ID, NEW_DETAILS, OptionalLong.empty())))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> delete.delete(null, new DeleteUserCommand(ADA_ID, OptionalLong.empty())))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ListUsersService(repository).list(null, ListUsersQuery.firstPage(1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FindUserByEmailService(repository).findByEmail(null, "a@b"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RegisterUserService(repository, idGenerator, SampleUsers.fixedClock())
                .register(null, new RegisterUserCommand(NEW_DETAILS))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GetOwnUserService(repository).getOwn(null))
                .isInstanceOf(NullPointerException.class);
        verifyNoInteractions(repository);
    }
}

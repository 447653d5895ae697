package org.acme.users.application.service;

import static org.acme.users.application.service.SampleUsers.ANYONE;
import static org.acme.users.application.service.SampleUsers.ADA_ID;
import static org.acme.users.application.service.SampleUsers.adaAtVersion;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.OptionalLong;
import org.acme.users.application.port.in.DeleteUserCommand;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DeleteUserServiceTest {

    private static final DeleteUserCommand UNCONDITIONAL = new DeleteUserCommand(ADA_ID, OptionalLong.empty());

    @Mock
    private UserRepository repository;

    private DeleteUserService service;

    @BeforeEach
    void createService() {
        service = new DeleteUserService(repository);
    }

    @Test
    void withAnExpectedVersionLeavesTheVersionCheckToTheRepository() {
        service.delete(ANYONE, new DeleteUserCommand(ADA_ID, OptionalLong.of(4)));

        verify(repository).delete(ADA_ID, 4);
        verifyNoMoreInteractions(repository);
    }

    @Test
    void neverRetriesAConflictWhenAVersionWasExpected() {
        VersionConflictException stale = new VersionConflictException(ADA_ID, 4);
        doThrow(stale).when(repository).delete(ADA_ID, 4);

        assertThatThrownBy(() -> service.delete(ANYONE, new DeleteUserCommand(ADA_ID, OptionalLong.of(4)))).isSameAs(stale);
        verify(repository, times(1)).delete(eq(ADA_ID), anyLong());
    }

    @Test
    void withoutAnExpectedVersionRemovesTheCurrentVersion() {
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(adaAtVersion(7)));

        service.delete(ANYONE, UNCONDITIONAL);

        verify(repository).delete(ADA_ID, 7);
    }

    @Test
    void retriesOnConflictWithoutAnExpectedVersionAndSucceedsWithTheLatestVersion() {
        when(repository.findById(ADA_ID))
                .thenReturn(Optional.of(adaAtVersion(7)))
                .thenReturn(Optional.of(adaAtVersion(8)));
        doThrow(new VersionConflictException(ADA_ID, 7)).when(repository).delete(ADA_ID, 7);

        service.delete(ANYONE, UNCONDITIONAL);

        verify(repository).delete(ADA_ID, 8);
    }

    @Test
    void givesUpAfterTheBoundAndRethrowsTheConflict() {
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(adaAtVersion(7)));
        VersionConflictException everLosing = new VersionConflictException(ADA_ID, 7);
        doThrow(everLosing).when(repository).delete(ADA_ID, 7);

        assertThatThrownBy(() -> service.delete(ANYONE, UNCONDITIONAL)).isSameAs(everLosing);
        verify(repository, times(LatestVersionRetry.MAX_ATTEMPTS)).delete(ADA_ID, 7);
    }

    @Test
    void failsWithNotFoundWhenNoUserHasTheId() {
        when(repository.findById(ADA_ID)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.delete(ANYONE, UNCONDITIONAL)).isInstanceOf(UserNotFoundException.class);
        verify(repository, never()).delete(eq(ADA_ID), anyLong());
    }
}

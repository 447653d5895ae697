package org.acme.users.application.service;

import static org.acme.users.application.service.SampleUsers.ANYONE;
import static org.acme.users.application.service.SampleUsers.ADA_ID;
import static org.acme.users.application.service.SampleUsers.NEW_DETAILS;
import static org.acme.users.application.service.SampleUsers.NOW_IN_MILLIS;
import static org.acme.users.application.service.SampleUsers.adaAtVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.OptionalLong;
import org.acme.users.application.port.in.ChangeUserCommand;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.UserNotFoundException;
import org.acme.users.domain.port.UserRepository;
import org.acme.users.domain.port.VersionConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ChangeUserServiceTest {

    private static final ChangeUserCommand UNCONDITIONAL =
            new ChangeUserCommand(ADA_ID, NEW_DETAILS, OptionalLong.empty());

    @Mock
    private UserRepository repository;

    private ChangeUserService service;

    @BeforeEach
    void createService() {
        service = new ChangeUserService(repository, SampleUsers.fixedClock());
    }

    @Test
    void writesTheNewDetailsOneVersionLaterAtTheClocksTimeTruncatedToMillis() {
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(adaAtVersion(3)));

        User changed = service.change(ANYONE, UNCONDITIONAL);

        assertThat(changed.details()).isEqualTo(NEW_DETAILS);
        assertThat(changed.version()).isEqualTo(4);
        assertThat(changed.updatedAt()).isEqualTo(NOW_IN_MILLIS);
        assertThat(changed.createdAt()).isEqualTo(adaAtVersion(3).createdAt());
        verify(repository).update(changed);
    }

    @Test
    void writesANewVersionEvenWhenNothingChanged() {
        User current = adaAtVersion(3);
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(current));

        User changed = service.change(ANYONE, new ChangeUserCommand(ADA_ID, current.details(), OptionalLong.empty()));

        assertThat(changed.version()).isEqualTo(4);
        verify(repository).update(changed);
    }

    @Test
    void withTheCurrentVersionExpectedWritesTheChange() {
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(adaAtVersion(3)));

        User changed = service.change(ANYONE, new ChangeUserCommand(ADA_ID, NEW_DETAILS, OptionalLong.of(3)));

        assertThat(changed.version()).isEqualTo(4);
        verify(repository).update(changed);
    }

    @Test
    void anExpectedVersionThatIsNotCurrentFailsWithoutWriting() {
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(adaAtVersion(3)));

        assertThatThrownBy(() -> service.change(ANYONE, new ChangeUserCommand(ADA_ID, NEW_DETAILS, OptionalLong.of(2))))
                .isInstanceOfSatisfying(VersionConflictException.class,
                        conflict -> assertThat(conflict.expectedVersion()).isEqualTo(2));
        verify(repository, never()).update(any());
    }

    @Test
    void neverRetriesAConflictWhenAVersionWasExpected() {
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(adaAtVersion(3)));
        VersionConflictException lostRace = new VersionConflictException(ADA_ID, 3);
        doThrow(lostRace).when(repository).update(any());

        assertThatThrownBy(() -> service.change(ANYONE, new ChangeUserCommand(ADA_ID, NEW_DETAILS, OptionalLong.of(3))))
                .isSameAs(lostRace);
        verify(repository, times(1)).update(any());
    }

    @Test
    void retriesOnConflictWithoutAnExpectedVersionAndSucceedsFromTheLatestVersion() {
        when(repository.findById(ADA_ID))
                .thenReturn(Optional.of(adaAtVersion(3)))
                .thenReturn(Optional.of(adaAtVersion(4)));
        doThrow(new VersionConflictException(ADA_ID, 3)).doNothing().when(repository).update(any());

        User changed = service.change(ANYONE, UNCONDITIONAL);

        assertThat(changed.version()).isEqualTo(5);
        verify(repository, times(2)).update(any());
        verify(repository).update(changed);
    }

    @Test
    void givesUpAfterTheBoundAndRethrowsTheConflict() {
        when(repository.findById(ADA_ID)).thenReturn(Optional.of(adaAtVersion(3)));
        VersionConflictException everLosing = new VersionConflictException(ADA_ID, 3);
        doThrow(everLosing).when(repository).update(any());

        assertThatThrownBy(() -> service.change(ANYONE, UNCONDITIONAL)).isSameAs(everLosing);
        verify(repository, times(LatestVersionRetry.MAX_ATTEMPTS)).update(any());
    }

    @Test
    void failsWithNotFoundWhenNoUserHasTheId() {
        when(repository.findById(ADA_ID)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.change(ANYONE, UNCONDITIONAL)).isInstanceOf(UserNotFoundException.class);
        verify(repository, never()).update(any());
    }

    @Test
    void failsWithNotFoundWhenTheUserIsRemovedWhileRetrying() {
        when(repository.findById(ADA_ID))
                .thenReturn(Optional.of(adaAtVersion(3)))
                .thenReturn(Optional.empty());
        doThrow(new VersionConflictException(ADA_ID, 3)).when(repository).update(any());

        assertThatThrownBy(() -> service.change(ANYONE, UNCONDITIONAL)).isInstanceOf(UserNotFoundException.class);
        verify(repository, times(1)).update(any());
    }
}

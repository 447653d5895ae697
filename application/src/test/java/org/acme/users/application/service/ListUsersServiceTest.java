package org.acme.users.application.service;

import static org.acme.users.application.service.SampleUsers.ANYONE;
import static org.acme.users.application.service.SampleUsers.idOf;
import static org.acme.users.application.service.SampleUsers.userAtVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.acme.users.application.port.in.ListUsersQuery;
import org.acme.users.application.port.in.UserPage;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.port.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ListUsersServiceTest {

    private static final UserId CURSOR = idOf("01936f0e-0000-7000-8000-000000000000");
    private static final User FIRST = userAtVersion(idOf("01936f0e-0000-7000-8000-000000000001"), 0);
    private static final User SECOND = userAtVersion(idOf("01936f0e-0000-7000-8000-000000000002"), 0);
    private static final User THIRD = userAtVersion(idOf("01936f0e-0000-7000-8000-000000000003"), 0);

    @Mock
    private UserRepository repository;

    private ListUsersService service;

    @BeforeEach
    void createService() {
        service = new ListUsersService(repository);
    }

    @Test
    void asksTheRepositoryForOneUserMoreThanTheLimitAfterTheCursor() {
        when(repository.findPage(Optional.of(CURSOR), 3)).thenReturn(List.of());

        service.list(ANYONE, new ListUsersQuery(Optional.of(CURSOR), 2));

        verify(repository).findPage(Optional.of(CURSOR), 3);
    }

    @Test
    void onAFullPageReturnsLimitUsersAndContinuesAfterTheLastOneReturned() {
        when(repository.findPage(Optional.empty(), 3)).thenReturn(List.of(FIRST, SECOND, THIRD));

        UserPage page = service.list(ANYONE, ListUsersQuery.firstPage(2));

        assertThat(page.items()).containsExactly(FIRST, SECOND);
        assertThat(page.nextAfter()).contains(SECOND.id());
    }

    @Test
    void onTheLastPageReturnsWhatIsLeftAndNoNextPage() {
        when(repository.findPage(Optional.of(CURSOR), 3)).thenReturn(List.of(FIRST));

        UserPage page = service.list(ANYONE, new ListUsersQuery(Optional.of(CURSOR), 2));

        assertThat(page.items()).containsExactly(FIRST);
        assertThat(page.nextAfter()).isEmpty();
    }

    @Test
    void aLastPageThatIsExactlyFullHasNoNextPage() {
        when(repository.findPage(Optional.empty(), 3)).thenReturn(List.of(FIRST, SECOND));

        UserPage page = service.list(ANYONE, ListUsersQuery.firstPage(2));

        assertThat(page.items()).containsExactly(FIRST, SECOND);
        assertThat(page.nextAfter()).isEmpty();
    }

    @Test
    void anEmptyListIsOnePageWithNoNextPage() {
        when(repository.findPage(Optional.empty(), ListUsersQuery.MAX_LIMIT + 1)).thenReturn(List.of());

        UserPage page = service.list(ANYONE, ListUsersQuery.firstPage(ListUsersQuery.MAX_LIMIT));

        assertThat(page.items()).isEmpty();
        assertThat(page.nextAfter()).isEmpty();
    }
}

package org.acme.users.application.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.acme.users.application.port.in.Caller;
import org.acme.users.application.port.in.ListUsersQuery;
import org.acme.users.application.port.in.ListUsersUseCase;
import org.acme.users.application.port.in.NotPermittedException;
import org.acme.users.application.port.in.UserPage;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.UserRepository;

/** Use case implementation: listing users a page at a time. */
public final class ListUsersService implements ListUsersUseCase {

    private final UserRepository repository;

    public ListUsersService(UserRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    @Override
    public UserPage list(Caller caller, ListUsersQuery query) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(query, "query");
        if (!caller.mayReachEveryUser()) {
            throw new NotPermittedException("listing users");
        }

        // One user more than asked for tells whether another page follows, without a second query.
        List<User> found = repository.findPage(query.after(), query.limit() + 1);
        if (found.size() <= query.limit()) {
            return new UserPage(found, Optional.empty());
        }
        List<User> items = found.subList(0, query.limit());
        return new UserPage(items, Optional.of(items.get(items.size() - 1).id()));
    }
}

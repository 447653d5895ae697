package org.acme.users.domain.port;

import java.util.List;
import java.util.Optional;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;

/**
 * Where users are kept. Every implementation behaves the same, as the testkit's contract suite states:
 * e-mail addresses are unique, so are owners, every change names the version it was made from, pages are ordered by
 * {@link UserId#compareTo}, and no driver exception escapes: only the exceptions of this package.
 * Implementations are safe for concurrent use. Any method may throw {@link RepositoryUnavailableException}
 * when the database cannot be reached in time.
 */
public interface UserRepository {

    /**
     * Stores a new user.
     *
     * @throws EmailAlreadyUsedException if another user has the same address; nothing is stored
     * @throws OwnerAlreadyRegisteredException if another user has the same owner; nothing is stored
     */
    void insert(User user);

    /**
     * Replaces a stored user with a changed snapshot, provided the stored one is still at
     * {@code changed.version() - 1}, the version the change was made from. {@code changed} has the owner of
     * the stored user, as every snapshot made by {@link User#changeTo} does: an owner is never changed.
     *
     * @throws UserNotFoundException if no user has that id
     * @throws VersionConflictException if the stored version is another one; nothing is changed
     * @throws EmailAlreadyUsedException if another user has the new address; nothing is changed
     */
    void update(User changed);

    /**
     * Removes a user, provided it is still at {@code expectedVersion}.
     *
     * @throws UserNotFoundException if no user has that id
     * @throws VersionConflictException if the stored version is another one; nothing is removed
     */
    void delete(UserId id, long expectedVersion);

    Optional<User> findById(UserId id);

    Optional<User> findByEmail(EmailAddress email);

    /** The user that belongs to {@code owner}, compared exactly; there is at most one. */
    Optional<User> findByOwner(Owner owner);

    /**
     * Up to {@code limit} users in ascending id order, starting after {@code after} when it is given,
     * else from the first user.
     *
     * @param limit at least 1
     */
    List<User> findPage(Optional<UserId> after, int limit);
}

package org.acme.users.adapter.web.user;

import java.util.OptionalLong;
import org.acme.users.adapter.web.problem.PreconditionFailedException;
import org.acme.users.application.port.in.Caller;
import org.acme.users.application.port.in.GetUserUseCase;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;

/**
 * A user's entity tag is its version in quotes. A missing user is a 404 even under {@code If-Match}:
 * RFC 9110 §13.2.1 lets failures found before the condition win over it.
 */
final class EntityTags {

    private EntityTags() {
    }

    static String of(User user) {
        return "\"" + user.version() + "\"";
    }

    /** For reads: the condition must hold for the user as read. */
    static void requireMatch(IfMatch condition, User user) {
        if (condition != null && !condition.matches(user.version())) {
            throw notCurrent();
        }
    }

    /**
     * For writes: the version to hand to the use case, which then changes nothing unless it is still current.
     * One named version is passed on as it is; otherwise the current version is read to pick the one that matches.
     */
    static OptionalLong expectedVersion(IfMatch condition, Caller caller, UserId id, GetUserUseCase getUser) {
        if (condition == null || condition.any()) {
            return OptionalLong.empty();
        }
        if (condition.versions().size() == 1) {
            return OptionalLong.of(condition.versions().iterator().next());
        }
        User current = getUser.get(caller, id);
        requireMatch(condition, current);
        return OptionalLong.of(current.version());
    }

    private static PreconditionFailedException notCurrent() {
        return new PreconditionFailedException(
                "If-Match does not name the current version of the user; nothing was changed.");
    }
}

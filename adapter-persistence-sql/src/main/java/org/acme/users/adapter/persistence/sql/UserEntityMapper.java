package org.acme.users.adapter.persistence.sql;

import java.util.UUID;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

/**
 * Maps the domain's {@link User} to a row and back. MapStruct builds the user through its canonical
 * constructor, so a stored row passes the same invariants as a new user; the value objects are unwrapped
 * and rewrapped by the small methods below.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface UserEntityMapper {

    UserEntity toEntity(User user);

    User toUser(UserEntity entity);

    default UUID toUuid(UserId id) {
        return id.value();
    }

    default UserId toUserId(UUID uuid) {
        return new UserId(uuid);
    }

    default String toText(EmailAddress email) {
        return email.value();
    }

    default EmailAddress toEmailAddress(String email) {
        return new EmailAddress(email);
    }

    default String toText(UserName name) {
        return name.value();
    }

    default UserName toUserName(String name) {
        return new UserName(name);
    }
}

package org.acme.users.adapter.persistence.sql;

import java.util.Optional;
import java.util.UUID;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/**
 * Maps the domain's {@link User} to a row and back. MapStruct builds the user through its canonical
 * constructor, so a stored row passes the same invariants as a new user; the value objects are unwrapped
 * and rewrapped by the small methods below. An owner is two columns, both null for a user without one.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface UserEntityMapper {

    @Mapping(target = "ownerIssuer", source = "owner", qualifiedByName = "issuerOf")
    @Mapping(target = "ownerSubject", source = "owner", qualifiedByName = "subjectOf")
    UserEntity toEntity(User user);

    @Mapping(target = "owner", source = "entity", qualifiedByName = "ownerOf")
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

    @Named("issuerOf")
    default String issuerOf(Optional<Owner> owner) {
        return owner.map(Owner::issuer).orElse(null);
    }

    @Named("subjectOf")
    default String subjectOf(Optional<Owner> owner) {
        return owner.map(Owner::subject).orElse(null);
    }

    /** A row with no owner has both columns null; one with only one of them breaks the rules and is refused. */
    @Named("ownerOf")
    default Optional<Owner> ownerOf(UserEntity entity) {
        if (entity.getOwnerIssuer() == null && entity.getOwnerSubject() == null) {
            return Optional.empty();
        }
        return Optional.of(new Owner(entity.getOwnerIssuer(), entity.getOwnerSubject()));
    }
}

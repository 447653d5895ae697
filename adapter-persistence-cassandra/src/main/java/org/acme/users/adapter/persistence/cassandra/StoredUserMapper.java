package org.acme.users.adapter.persistence.cassandra;

import java.util.Optional;
import java.util.UUID;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Maps the domain's User to its stored row and back; the value objects travel as their plain values. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, unmappedSourcePolicy = ReportingPolicy.ERROR)
interface StoredUserMapper {

    /**
     * The row of {@code user}, whose address is backed by the claim with token {@code emailClaim} and whose owner, if
     * it has one, by the claim with token {@code ownerClaim}.
     */
    @Mapping(target = "ownerIssuer", source = "user.owner", qualifiedByName = "issuer")
    @Mapping(target = "ownerSubject", source = "user.owner", qualifiedByName = "subject")
    StoredUser toStored(User user, UUID emailClaim, UUID ownerClaim);

    /** Goes through User's and the value objects' constructors, so a stored row that breaks a rule is refused. */
    @BeanMapping(ignoreUnmappedSourceProperties = {"emailClaim", "ownerIssuer", "ownerSubject", "ownerClaim"})
    @Mapping(target = "owner", expression = "java(toOwner(stored))")
    User toUser(StoredUser stored);

    default Optional<Owner> toOwner(StoredUser stored) {
        return stored.ownerIssuer() == null
                ? Optional.empty()
                : Optional.of(new Owner(stored.ownerIssuer(), stored.ownerSubject()));
    }

    @Named("issuer")
    default String toIssuer(Optional<Owner> owner) {
        return owner.map(Owner::issuer).orElse(null);
    }

    @Named("subject")
    default String toSubject(Optional<Owner> owner) {
        return owner.map(Owner::subject).orElse(null);
    }

    default UUID toUuid(UserId id) {
        return id.value();
    }

    default UserId toUserId(UUID value) {
        return new UserId(value);
    }

    default String toText(EmailAddress email) {
        return email.value();
    }

    default EmailAddress toEmailAddress(String value) {
        return new EmailAddress(value);
    }

    default String toText(UserName name) {
        return name.value();
    }

    default UserName toUserName(String value) {
        return new UserName(value);
    }
}

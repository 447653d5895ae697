package org.acme.users.adapter.persistence.cassandra;

import java.util.UUID;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

/** Maps the domain's User to its stored row and back; the value objects travel as their plain values. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, unmappedSourcePolicy = ReportingPolicy.ERROR)
interface StoredUserMapper {

    /** The row of {@code user}, whose address is backed by the claim with token {@code emailClaim}. */
    StoredUser toStored(User user, UUID emailClaim);

    /** Goes through User's and the value objects' constructors, so a stored row that breaks a rule is refused. */
    @BeanMapping(ignoreUnmappedSourceProperties = "emailClaim")
    User toUser(StoredUser stored);

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

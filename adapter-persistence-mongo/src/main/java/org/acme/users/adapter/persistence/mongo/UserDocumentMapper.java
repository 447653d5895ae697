package org.acme.users.adapter.persistence.mongo;

import java.util.Optional;
import java.util.UUID;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

/** Maps the domain's User to its stored document and back; the value objects travel as their plain values. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, unmappedSourcePolicy = ReportingPolicy.ERROR)
interface UserDocumentMapper {

    UserDocument toDocument(User user);

    /** Goes through User's and the value objects' constructors, so a stored document that breaks a rule is refused. */
    User toUser(UserDocument document);

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

    /** No owner is no sub-document: the codec then leaves the field out. */
    default OwnerDocument toOwnerDocument(Optional<Owner> owner) {
        return owner.map(value -> new OwnerDocument(value.issuer(), value.subject())).orElse(null);
    }

    default Optional<Owner> toOwner(OwnerDocument document) {
        return Optional.ofNullable(document).map(value -> new Owner(value.issuer(), value.subject()));
    }
}

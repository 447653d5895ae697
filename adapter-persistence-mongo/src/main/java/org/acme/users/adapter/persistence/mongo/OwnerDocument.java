package org.acme.users.adapter.persistence.mongo;

/**
 * A user's owner as the sub-document {@code owner: {issuer, subject}} of its {@link UserDocument}, both strings
 * exactly as the identity provider wrote them. Public for the driver's record codec, like {@link UserDocument}.
 */
public record OwnerDocument(String issuer, String subject) {
}

package org.acme.users.domain.model;

import java.util.Objects;

/**
 * Who a user belongs to: the issuer and the subject of the identity that registered it, exactly as the
 * identity provider writes them. Never normalised: a subject is only unique within its issuer, and two
 * subjects that differ in case are two people.
 */
public record Owner(String issuer, String subject) {

    private static final int MAX_LENGTH = 255;

    /** @throws IllegalArgumentException if a part is empty, longer than 255 code points or holds a control character */
    public Owner {
        requireUsable("issuer", issuer);
        requireUsable("subject", subject);
    }

    private static void requireUsable(String part, String value) {
        Objects.requireNonNull(value, part);
        if (value.isEmpty() || TextRules.lengthInCodePoints(value) > MAX_LENGTH
                || TextRules.hasControlOrBrokenCharacter(value)) {
            throw new IllegalArgumentException(
                    "an owner's " + part + " must be 1 to " + MAX_LENGTH + " characters, none of them a control character");
        }
    }
}

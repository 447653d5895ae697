package org.acme.users.domain.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An e-mail address in its normalised form (trimmed, lower-cased), which is also the form that makes
 * two addresses the same: {@code Ada@Example.com} and {@code ada@example.com} are one address.
 */
public record EmailAddress(String value) {

    static final String FIELD = "email";
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;

    /** Takes an already normalised, valid address, as stored by an adapter; anything else is rejected. */
    public EmailAddress {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new InvalidUserDataException(List.of(new FieldViolation(FIELD, problem.get())));
        }
        if (!value.equals(normalise(value))) {
            throw new InvalidUserDataException(List.of(new FieldViolation(FIELD, "must be normalised")));
        }
    }

    /** Normalises what a client typed and checks it against the rules. */
    public static EmailAddress of(String raw) {
        return new EmailAddress(raw == null ? null : normalise(raw));
    }

    /** The rule that {@code raw} breaks once normalised, if any. */
    public static Optional<String> problemWith(String raw) {
        if (raw == null) {
            return Optional.of("is required");
        }
        String address = normalise(raw);
        if (address.isEmpty()) {
            return Optional.of("must not be blank");
        }
        if (TextRules.hasControlOrBrokenCharacter(address) || TextRules.hasWhitespace(address)) {
            return Optional.of("must not contain whitespace or control characters");
        }
        if (TextRules.lengthInCodePoints(address) > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        int at = address.indexOf('@');
        if (at < 0 || at != address.lastIndexOf('@')) {
            return Optional.of("must contain exactly one @");
        }
        String localPart = address.substring(0, at);
        if (localPart.isEmpty()) {
            return Optional.of("must have a local part before the @");
        }
        if (TextRules.lengthInCodePoints(localPart) > MAX_LOCAL_PART_LENGTH) {
            return Optional.of("must have a local part of at most " + MAX_LOCAL_PART_LENGTH + " characters");
        }
        if (at == address.length() - 1) {
            return Optional.of("must have a domain after the @");
        }
        return Optional.empty();
    }

    private static String normalise(String raw) {
        return TextRules.trim(raw).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}

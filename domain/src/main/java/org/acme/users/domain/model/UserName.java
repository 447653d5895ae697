package org.acme.users.domain.model;

import java.util.List;
import java.util.Optional;

/** A user's display name: trimmed, 1 to 100 Unicode code points, any script, no control characters. */
public record UserName(String value) {

    static final String FIELD = "name";
    private static final int MAX_LENGTH = 100;

    /** Takes an already trimmed, valid name, as stored by an adapter; anything else is rejected. */
    public UserName {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new InvalidUserDataException(List.of(new FieldViolation(FIELD, problem.get())));
        }
        if (!value.equals(TextRules.trim(value))) {
            throw new InvalidUserDataException(List.of(new FieldViolation(FIELD, "must be trimmed")));
        }
    }

    /** Trims what a client typed and checks it against the rules. */
    public static UserName of(String raw) {
        return new UserName(raw == null ? null : TextRules.trim(raw));
    }

    /** The rule that {@code raw} breaks once trimmed, if any. */
    public static Optional<String> problemWith(String raw) {
        if (raw == null) {
            return Optional.of("is required");
        }
        String name = TextRules.trim(raw);
        if (name.isEmpty()) {
            return Optional.of("must not be blank");
        }
        if (TextRules.hasControlOrBrokenCharacter(name)) {
            return Optional.of("must not contain control characters");
        }
        if (TextRules.lengthInCodePoints(name) > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}

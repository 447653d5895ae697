package org.acme.users.domain.model;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks the user rules; carries every failing field at once, never just the first. */
public class InvalidUserDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldViolation> violations;

    public InvalidUserDataException(List<FieldViolation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid-data exception needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        return violations.stream()
                .map(violation -> violation.field() + ": " + violation.message())
                .collect(Collectors.joining("; "));
    }
}

package org.acme.users.domain.model;

import java.util.Objects;

/** One rule that one input field breaks, named by the field as clients spell it ({@code email}, {@code name}). */
public record FieldViolation(String field, String message) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}

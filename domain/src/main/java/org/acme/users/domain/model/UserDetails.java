package org.acme.users.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a client chooses about a user (address and name), validated together so every failing field is reported. */
public record UserDetails(EmailAddress email, UserName name) {

    public UserDetails {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
    }

    /** Normalises and checks raw input; throws {@link InvalidUserDataException} naming every failing field. */
    public static UserDetails of(String rawEmail, String rawName) {
        List<FieldViolation> violations = new ArrayList<>();
        EmailAddress.problemWith(rawEmail)
                .ifPresent(message -> violations.add(new FieldViolation(EmailAddress.FIELD, message)));
        UserName.problemWith(rawName)
                .ifPresent(message -> violations.add(new FieldViolation(UserName.FIELD, message)));
        if (!violations.isEmpty()) {
            throw new InvalidUserDataException(violations);
        }
        return new UserDetails(EmailAddress.of(rawEmail), UserName.of(rawName));
    }
}

package org.acme.users.domain.model;

import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's identity: a UUID, ordered like its canonical lower-case text (unsigned byte order),
 * which is how every database sorts it. {@link UUID#compareTo} is signed and must not be used for that.
 */
public record UserId(UUID value) implements Comparable<UserId> {

    private static final int CANONICAL_LENGTH = 36;

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads the canonical 8-4-4-4-12 hexadecimal form, in any case; nothing shorter or looser. */
    public static Optional<UserId> parse(String text) {
        if (text == null || text.length() != CANONICAL_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < CANONICAL_LENGTH; i++) {
            char c = text.charAt(i);
            boolean dashExpected = i == 8 || i == 13 || i == 18 || i == 23;
            // ASCII only: Character.digit also takes Arabic-Indic and full-width digits, which are not canonical.
            if (dashExpected ? c != '-' : !HexFormat.isHexDigit(c)) {
                return Optional.empty();
            }
        }
        return Optional.of(new UserId(UUID.fromString(text)));
    }

    @Override
    public int compareTo(UserId other) {
        int byHighBits = Long.compareUnsigned(value.getMostSignificantBits(), other.value.getMostSignificantBits());
        return byHighBits != 0
                ? byHighBits
                : Long.compareUnsigned(value.getLeastSignificantBits(), other.value.getLeastSignificantBits());
    }

    /** The canonical lower-case text, as clients see it. */
    @Override
    public String toString() {
        return value.toString();
    }
}

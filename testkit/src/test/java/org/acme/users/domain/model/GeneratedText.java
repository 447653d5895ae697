package org.acme.users.domain.model;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/** Seeded random text for generated test cases: the same seed gives the same cases on every run. */
final class GeneratedText {

    private final Random random;

    GeneratedText(long seed) {
        this.random = new Random(seed);
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T oneOf(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** {@code length} code points, each taken from {@code alphabet}. */
    String of(int length, String alphabet) {
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return text.toString();
    }

    /** Puts {@code insertion} between two code points of {@code text}, never at either end. */
    String insideOf(String text, String insertion) {
        int codePoints = text.codePointCount(0, text.length());
        int at = text.offsetByCodePoints(0, between(1, codePoints - 1));
        return text.substring(0, at) + insertion + text.substring(at);
    }

    /** Upper-cases some of the ASCII letters, so the expected lower-case form is known without computing it. */
    String withSomeAsciiInUpperCase(String text) {
        return text.codePoints()
                .map(c -> c >= 'a' && c <= 'z' && random.nextBoolean() ? c - 'a' + 'A' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** A high or low surrogate on its own, which is not a character. */
    String loneSurrogate() {
        return Character.toString(between(Character.MIN_SURROGATE, Character.MAX_SURROGATE));
    }

    /** Shows invisible and control characters as escapes, for readable test names. */
    static String visible(String text) {
        if (text.isEmpty()) {
            return "(empty)";
        }
        return text.codePoints()
                .mapToObj(c -> isInvisible(c) ? String.format("\\u%04X", c) : Character.toString(c))
                .collect(Collectors.joining());
    }

    private static boolean isInvisible(int c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)
                || Character.getType(c) == Character.FORMAT;
    }
}

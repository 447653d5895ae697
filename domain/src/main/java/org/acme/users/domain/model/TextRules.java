package org.acme.users.domain.model;

/** Character checks shared by the text value objects. */
final class TextRules {

    private TextRules() {
    }

    /** True for a control character or a lone surrogate: neither can be stored or shown safely. */
    static boolean hasControlOrBrokenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasWhitespace(String text) {
        return text.codePoints().anyMatch(TextRules::isSpace);
    }

    /**
     * Removes leading and trailing spaces of every kind. {@link String#strip()} alone keeps the no-break
     * spaces (U+00A0, U+2007, U+202F), so a name of only those would pass as not blank.
     */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    static int lengthInCodePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}

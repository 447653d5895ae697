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
        return text.codePoints().anyMatch(codePoint ->
                Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint));
    }

    static int lengthInCodePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}

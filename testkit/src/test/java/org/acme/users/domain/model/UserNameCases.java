package org.acme.users.domain.model;

import static org.acme.users.domain.model.GeneratedText.visible;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/** Generated display names, valid and invalid, each invalid one breaking exactly one rule. */
final class UserNameCases {

    /** Letters of several scripts, astral ones, emoji with a joiner, combining marks and inner spaces. */
    static final String ALPHABET =
            "AdaLovelace zoë Renée ßØ łŁ Ωλ Жж مرحبا שלום 李小龍 山田 한국 𝒜𠜎 😀👩\u200D👧 e\u0301\u0308'-.";
    private static final String NO_SPACE = ALPHABET.replace(" ", "");
    private static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\t", "\n", "\r", "\u000B", "\u000C",
            "\u001B", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F");
    private static final List<String> SURROUNDING = List.of("", " ", "\t", "\n", "  \r\n", "\u2003", "\u3000");

    private UserNameCases() {
    }

    /** Raw names as a client might type them, with the trimmed form each must become. */
    static Stream<Arguments> valid() {
        GeneratedText generate = new GeneratedText(100L);
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String trimmed = trimmedName(generate, generate.between(1, 100));
            String raw = generate.oneOf(SURROUNDING) + trimmed + generate.oneOf(SURROUNDING);
            cases.add(arguments(Named.of(visible(raw), raw), trimmed));
        }
        return cases.stream();
    }

    /** Raw names that break one rule, with a phrase the message about that rule contains. */
    static Stream<Arguments> invalid() {
        GeneratedText generate = new GeneratedText(101L);
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            cases.add(invalid(trimmedName(generate, generate.between(101, 400)), "at most 100"));
            cases.add(invalid(generate.insideOf(trimmedName(generate, generate.between(2, 99)),
                    generate.oneOf(CONTROLS)), "control"));
            cases.add(invalid(generate.insideOf(trimmedName(generate, generate.between(2, 99)),
                    generate.loneSurrogate()), "control"));
        }
        for (int i = 0; i < 20; i++) {
            cases.add(invalid(generate.oneOf(SURROUNDING) + generate.oneOf(SURROUNDING), "blank"));
        }
        return cases.stream();
    }

    private static Arguments invalid(String raw, String phrase) {
        return arguments(Named.of(visible(raw), raw), phrase);
    }

    /** A name of {@code length} code points that neither starts nor ends with a space. */
    private static String trimmedName(GeneratedText generate, int length) {
        if (length == 1) {
            return generate.of(1, NO_SPACE);
        }
        return generate.of(1, NO_SPACE) + generate.of(length - 2, ALPHABET) + generate.of(1, NO_SPACE);
    }
}

package org.acme.users.domain.model;

import static org.acme.users.domain.model.GeneratedText.visible;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/** Generated e-mail addresses, valid and invalid, each invalid one breaking exactly one rule. */
final class EmailAddressCases {

    static final String LOCAL_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789.+_-'éøßü用户𝒜😀";
    static final String DOMAIN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789.-éü例子";
    private static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\t", "\n", "\r",
            "\u001B", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F");
    private static final List<String> WHITESPACE = List.of(" ", "\u00A0", "\u1680", "\u2003", "\u2007", "\u2028",
            "\u2029", "\u202F", "\u205F", "\u3000");
    private static final List<String> SURROUNDING = List.of("", " ", "  ", "\t", "\n", "\r\n", "\u2003", " \t ");

    private EmailAddressCases() {
    }

    /** Raw addresses as a client might type them, with the normalised form each must become. */
    static Stream<Arguments> valid() {
        GeneratedText generate = new GeneratedText(7_254_064L);
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String normalised = shortAddress(generate, 64, 254);
            String raw = generate.oneOf(SURROUNDING) + generate.withSomeAsciiInUpperCase(normalised)
                    + generate.oneOf(SURROUNDING);
            cases.add(arguments(Named.of(visible(raw), raw), normalised));
        }
        return cases.stream();
    }

    /** Raw addresses that break one rule, with a phrase the message about that rule contains. */
    static Stream<Arguments> invalid() {
        GeneratedText generate = new GeneratedText(5_000_500L);
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            cases.add(invalid(generate.insideOf(shortAddress(generate), generate.oneOf(CONTROLS)), "control"));
            cases.add(invalid(generate.insideOf(shortAddress(generate), generate.oneOf(WHITESPACE)), "whitespace"));
            cases.add(invalid(generate.insideOf(shortAddress(generate), "@"), "exactly one @"));
            cases.add(invalid(generate.of(generate.between(65, 120), LOCAL_ALPHABET) + "@"
                    + generate.of(generate.between(1, 100), DOMAIN_ALPHABET), "local part of at most 64"));
            String local = generate.of(generate.between(1, 64), LOCAL_ALPHABET);
            int tooLongDomain = generate.between(254 - local.codePointCount(0, local.length()), 400);
            cases.add(invalid(local + "@" + generate.of(tooLongDomain, DOMAIN_ALPHABET), "at most 254"));
        }
        for (int i = 0; i < 40; i++) {
            cases.add(invalid(generate.of(generate.between(1, 80), DOMAIN_ALPHABET), "exactly one @"));
            cases.add(invalid("@" + generate.of(generate.between(1, 80), DOMAIN_ALPHABET), "local part before"));
            cases.add(invalid(generate.of(generate.between(1, 64), LOCAL_ALPHABET) + "@", "domain after"));
            cases.add(invalid(generate.insideOf(shortAddress(generate), generate.loneSurrogate()), "control"));
            cases.add(invalid(generate.oneOf(SURROUNDING) + generate.oneOf(SURROUNDING), "blank"));
        }
        return cases.stream();
    }

    private static Arguments invalid(String raw, String phrase) {
        return arguments(Named.of(visible(raw), raw), phrase);
    }

    private static String shortAddress(GeneratedText generate) {
        return shortAddress(generate, 20, 40);
    }

    /** A valid, already normalised address of at most {@code maxLocal} + 1 + {@code maxDomain} code points. */
    private static String shortAddress(GeneratedText generate, int maxLocal, int maxTotal) {
        int local = generate.between(1, maxLocal);
        int domain = generate.between(1, Math.min(maxTotal - local - 1, 189));
        return generate.of(local, LOCAL_ALPHABET) + "@" + generate.of(domain, DOMAIN_ALPHABET);
    }
}

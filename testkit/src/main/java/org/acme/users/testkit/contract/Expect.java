package org.acme.users.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.acme.users.domain.model.User;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract's failures, each a sentence that says what the adapter did and what the rule expects of it, so that
 * a failing rule explains itself without a look at its source.
 */
final class Expect {

    private static final int IDS_SHOWN = 12;

    private Expect() {
    }

    /** Fails with the sentence unless the rule holds. */
    static void that(boolean holds, String sentence, Object... arguments) {
        if (!holds) {
            throw new AssertionError(String.format(sentence, arguments));
        }
    }

    /**
     * Runs a call that the rule expects the adapter to refuse, and returns the refusal.
     *
     * @param call what the test asked of the adapter, e.g. "inserting a second user with ada@example.com"
     * @param rule why it must be refused, e.g. "an address belongs to one user only"
     */
    static <T extends Throwable> T refusal(Class<T> expected, String call, String rule, Executable action) {
        Throwable thrown = thrownBy(action);
        if (thrown == null) {
            throw new AssertionError(call + " returned normally, but " + rule + ", so it must throw "
                    + expected.getSimpleName() + ".");
        }
        if (!expected.isInstance(thrown)) {
            throw new AssertionError(call + " threw " + describe(thrown) + ", but " + rule + ", so it must throw "
                    + expected.getSimpleName() + ".", thrown);
        }
        return expected.cast(thrown);
    }

    /** Runs a call that the rule expects to succeed; a failure names the call and carries what it threw. */
    static void succeeds(String call, String rule, Executable action) {
        Throwable thrown = thrownBy(action);
        if (thrown != null) {
            throw new AssertionError(call + " threw " + describe(thrown) + ", but " + rule + ".", thrown);
        }
    }

    /** The user a lookup found; fails when it found none. */
    static User found(Optional<User> found, String lookup, String rule) {
        that(found.isPresent(), "%s found nothing, but %s.", lookup, rule);
        return found.get();
    }

    /** Fails when a lookup found a user. */
    static void nothing(Optional<User> found, String lookup, String rule) {
        that(found.isEmpty(), "%s found %s, but %s.", lookup, found.map(Expect::describe).orElse(""), rule);
    }

    /** Fails unless the lookup found exactly the expected user, naming every field that differs. */
    static void sameUser(Optional<User> found, User expected, String lookup, String rule) {
        User actual = found(found, lookup, rule);
        List<String> differences = differences(actual, expected);
        that(differences.isEmpty(), "%s gave back a user with %s, but %s.", lookup, String.join(", ", differences),
                rule);
    }

    /** Fails unless a page holds exactly the expected users, in the expected order. */
    static void samePage(List<User> page, List<User> expected, String call, String rule) {
        if (page.equals(expected)) {
            return;
        }
        boolean sameIds = page.stream().map(User::id).toList().equals(expected.stream().map(User::id).toList());
        if (!sameIds) {
            throw new AssertionError(String.format("%s returned %s, but %s, so it must return %s.", call, ids(page),
                    rule, ids(expected)));
        }
        int first = IntStream.range(0, page.size()).filter(i -> !page.get(i).equals(expected.get(i))).findFirst()
                .orElseThrow();
        throw new AssertionError(String.format("%s returned the right users in the right order, but user %s came back"
                + " with %s: %s.", call, page.get(first).id(),
                String.join(", ", differences(page.get(first), expected.get(first))), rule));
    }

    static String describe(User user) {
        return "user " + user.id() + " (" + user.email() + ", version " + user.version() + ")";
    }

    static String describe(Throwable thrown) {
        return thrown.getClass().getName() + (thrown.getMessage() == null ? "" : " (\"" + thrown.getMessage() + "\")");
    }

    /** A name, quoted, with its code points when it is not plain ASCII: normalisation forms print alike. */
    static String quoted(String text) {
        boolean cut = text.codePointCount(0, text.length()) > IDS_SHOWN;
        String codePoints = text.codePoints().limit(IDS_SHOWN).mapToObj(point -> String.format("U+%04X", point))
                .collect(Collectors.joining(" ", " (", cut ? " …)" : ")"));
        return "\"" + text + "\"" + (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? "" : codePoints);
    }

    static String ids(List<User> users) {
        String shown = users.stream().limit(IDS_SHOWN).map(user -> user.id().toString())
                .collect(Collectors.joining(", ", "[", users.size() > IDS_SHOWN ? ", …]" : "]"));
        return users.size() + (users.size() == 1 ? " user " : " users ") + shown;
    }

    private static List<String> differences(User actual, User expected) {
        List<String> differences = new ArrayList<>();
        difference(differences, "id", actual, expected, user -> user.id().toString());
        difference(differences, "e-mail", actual, expected, user -> quoted(user.email().value()));
        difference(differences, "name", actual, expected, user -> quoted(user.name().value()));
        difference(differences, "owner", actual, expected, user -> user.owner()
                .map(owner -> "issuer " + quoted(owner.issuer()) + " subject " + quoted(owner.subject()))
                .orElse("none"));
        difference(differences, "createdAt", actual, expected, user -> user.createdAt().toString());
        difference(differences, "updatedAt", actual, expected, user -> user.updatedAt().toString());
        difference(differences, "version", actual, expected, user -> Long.toString(user.version()));
        return differences;
    }

    private static void difference(List<String> differences, String field, User actual, User expected,
            Function<User, String> value) {
        String got = value.apply(actual);
        String wanted = value.apply(expected);
        if (!Objects.equals(got, wanted)) {
            differences.add(field + " " + got + " instead of " + wanted);
        }
    }

    /** What the action threw, or null; errors of the JVM itself are not the adapter's answer and go on. */
    private static Throwable thrownBy(Executable action) {
        try {
            action.execute();
            return null;
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable thrown) {
            return thrown;
        }
    }
}

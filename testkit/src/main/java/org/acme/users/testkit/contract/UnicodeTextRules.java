package org.acme.users.testkit.contract;

import static org.acme.users.testkit.data.UserTestData.aUser;

import java.util.stream.Stream;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names and addresses in any script come back unchanged, code unit for code unit: no normalisation form
 * applied, no characters outside the Basic Multilingual Plane lost (as a 3-byte {@code utf8} column would).
 */
public sealed interface UnicodeTextRules extends RepositoryUnderTest permits UserRepositoryContract {

    /** The names the rules store, each with a description that names its case. */
    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("emoji joined into a family", "The 👩\u200D👩\u200D👧\u200D👦 Family"),
                Arguments.of("flag and skin tone", "🏳\uFE0F\u200D🌈 👋🏽"),
                Arguments.of("combining acute accent, decomposed", "Zoe\u0308 Rene\u0301e"),
                Arguments.of("precomposed letters", "Zoë Renée"),
                Arguments.of("stacked combining marks", "Z\u0334\u0321a\u0337l\u0338g\u0335o\u0336"),
                Arguments.of("Arabic, right to left", "مرحبا بالعالم"),
                Arguments.of("Hebrew with points", "ש\u05B8\u05C1לו\u05B9ם"),
                Arguments.of("mixed directions with marks", "Ada \u200Fאדה\u200E Lovelace"),
                Arguments.of("Chinese", "李小龍"),
                Arguments.of("Japanese and Korean", "山田 太郎 한국어"),
                Arguments.of("CJK outside the BMP", "𠜎𠀋"),
                Arguments.of("100 astral letters", "𝒜".repeat(100)),
                Arguments.of("100 BMP letters", "é".repeat(100)),
                Arguments.of("inner spaces kept", "Ada  Lovelace"),
                Arguments.of("quotes and markup", "O'Brien \"<b>\" & \\ % _"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    default void keepsEveryNameExactlyAsGiven(String description, String name) {
        User user = aUser().withName(name).build();

        repositoryUnderTest().insert(user);

        Expect.sameUser(repositoryUnderTest().findById(user.id()), user,
                "findById after inserting a user named with " + description,
                "a name comes back code point for code point, in no other normalisation form and nothing lost");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    default void keepsEveryNameExactlyAsGivenThroughAChange(String description, String name) {
        User user = aUser().build();
        repositoryUnderTest().insert(user);
        User renamed = user.changeTo(UserDetails.of(user.email().value(), name), user.updatedAt());

        repositoryUnderTest().update(renamed);

        Expect.sameUser(repositoryUnderTest().findById(user.id()), renamed,
                "findById after renaming a user to a name with " + description,
                "a changed name comes back code point for code point, in no other normalisation form and nothing lost");
    }

    /** The addresses the rules store: accented, decomposed, in other scripts, outside the BMP. */
    static Stream<String> addresses() {
        return Stream.of("résumé@x.org", "re\u0301sume\u0301@x.org", "用户@例子.中国",
                "😀@emoji.example", "مثال@مثال.شبكة");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addresses")
    default void keepsEveryAddressExactlyAsGivenAndFindsItByIt(String address) {
        User user = aUser().withEmail(address).build();

        repositoryUnderTest().insert(user);

        String rule = "an address comes back as given and is found by it";
        Expect.sameUser(repositoryUnderTest().findByEmail(user.email()), user, "findByEmail(" + address + ")", rule);
        Expect.sameUser(repositoryUnderTest().findById(user.id()), user, "findById after inserting " + address, rule);
    }
}

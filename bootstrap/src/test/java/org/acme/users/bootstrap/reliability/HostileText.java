package org.acme.users.bootstrap.reliability;

import java.util.List;
import java.util.Random;

/**
 * Text that attacks or trips a service: injection strings, MongoDB operators, every kind of Unicode edge, and
 * values that break API.md's rules. Sorted by what the service must make of them, so a generated request knows
 * its right answer.
 */
final class HostileText {

    /** SQL, NoSQL, script and path injections, as text; none of them is an address or a valid name on its own. */
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "' OR 1=1 --", "\"; DROP TABLE users; --", "1; DELETE FROM users", "' UNION SELECT * FROM users --",
            "admin'--", "%' OR email LIKE '%", "'); SHUTDOWN; --", "\\'; EXEC xp_cmdshell('dir'); --",
            "{\"$ne\": null}", "{\"$gt\": \"\"}", "{\"$where\": \"sleep(5000)\"}", "{\"$regex\": \".*\"}", "$ne", "$where",
            "db.users.drop()", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "../../etc/passwd",
            "..\\..\\windows\\win.ini", "%00", "%27%20OR%201%3D1", "\u0000' OR 1=1", "NULL", "null", "undefined", "true");

    /** Names that API.md accepts: any script, marks, emoji, direction controls, invisible format characters. */
    static final List<String> VALID_EDGE_NAMES = List.of(
            "Ada", "ﺃﺩﺍ ﻟﻮﻓﻠﻴﺲ", "עדה לאבלייס", "\u202Eecalevol ada\u202C", "\u200Fmixed \u05D0 and a\u200E",
            "Z\u0351\u0368\u034A\u0342a\u0310\u0300l\u0315g\u0335o\u0337", "e\u0301\u0301\u0301", "\uFEFFByte order mark inside",
            "zero\u200Bwidth\u200Djoiner", "👩‍👩‍👧‍👦 family", "🏳️‍🌈", "𝕬𝖉𝖆 𝕷𝖔𝖛𝖊𝖑𝖆𝖈𝖊", "日本語の名前", "한국어", "Ελληνικά",
            "' OR '1'='1", "\"; DROP TABLE users; --", "{\"$ne\": null}", "<script>alert(1)</script>", "${jndi:ldap://x}",
            "Robert'); DROP TABLE Students;--", "x".repeat(100), "😀".repeat(100), "a\u0300".repeat(50));

    /** Addresses that API.md accepts, though they look like attacks. */
    static final List<String> VALID_EDGE_EMAILS = List.of(
            "x'--@example.com", "a'or'1'='1@example.com", "$ne@example.com", "{$gt:''}@example.com",
            "\"quoted\"@example.com", "<script>@example.com", "%00@example.com", "admin'--@example.com",
            "ﺃﺩﺍ@example.com", "\u202Eadmin@example.com", "zero\u200Bwidth@example.com");

    /** Names that break API.md's rules: blank, too long, control characters, broken surrogates. */
    static final List<String> INVALID_NAMES = List.of(
            "", " ", "\t", "\u00A0\u2007\u202F", "\u3000", "a".repeat(101), "é".repeat(101), "😀".repeat(101),
            "x".repeat(20_000), "nul\u0000byte", "bell\u0007", "escape\u001B[31m", "delete\u007F", "next\u0085line",
            "new\nline", "carriage\rreturn", "lone \uD800 high", "lone \uDFFF low", "reversed \uDC00\uD800",
            "ends high \uD83D", "\u0000");

    /** Addresses that break API.md's rules. */
    static final List<String> INVALID_EMAILS = List.of(
            "", " ", "plainaddress", "@example.com", "ada@", "a@b@c.d", "ada lovelace@example.com", "ada@exa mple.com",
            "ada\t@example.com", "a\u0000@example.com", "a\u2028b@example.com", "a\u00A0b@example.com",
            "l".repeat(65) + "@example.com", "a@" + "d".repeat(253), "' OR '1'='1", "{\"$ne\": null}",
            "a@b.c\r\nBcc: x@y.z", "lone\uD800@example.com");

    /** Text that is not an id in canonical UUID form. */
    static final List<String> MALFORMED_IDS = List.of(
            "not-a-uuid", "0", "-1", "null", "undefined", "01936f0e8c2a7b3e9a415d2c7e1f0a9b",
            "{01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b}", "urn:uuid:01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b",
            "01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9", "01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9bb", "g1936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b",
            "01936f0e-8c2a-7b3e-9a41_5d2c7e1f0a9b", "٠١٩٣٦f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b", "０１９３６ｆ０ｅ",
            " 01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b", "x".repeat(3000));

    /** Values of {@code limit} outside 1..100 or not a number. */
    static final List<String> MALFORMED_LIMITS = List.of(
            "0", "101", "-1", "1e2", "20.0", " 20", "20 ", "0x14", "٢٠", "２０", "", "9999999999", "2147483648", "+5", "5,6");

    /** Values of {@code cursor} that the API never hands out. */
    static final List<String> MALFORMED_CURSORS = List.of(
            "", "*", "AAAA", "AAAAAAAAAAAAAAAAAAAAAA==", "AAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAA",
            "++++++++++++++++++++++", "//////////////////////", "01936f0e-8c2a-7b3e-9a41-5d2c7e1f0a9b", "null");

    /** %-escapes without two hex digits after the %: a request target with one anywhere cannot be read (400). */
    static final List<String> BROKEN_ESCAPES = List.of(
            "%", "%4", "%0", "%zz", "%G0", "%4g", "%%", "%%41", "%-1", "%+1", "%u0041", "%%30%30", "%ZZ%");

    /**
     * Well-formed escapes of bytes that are not UTF-8: overlong forms (of '/', '.', NUL, the largest two-byte and
     * three-byte ones), UTF-16 surrogates, code points beyond U+10FFFF, stray continuation and lead bytes.
     */
    static final List<String> NOT_UTF8_ESCAPES = List.of(
            "%C0%AF", "%C0%AE", "%C0%80", "%C1%BF", "%E0%80%AF", "%E0%9F%BF", "%F0%80%80%AF", "%F0%8F%BF%BF",
            "%F8%88%80%80%80", "%FC%80%80%80%80%AF", "%ED%A0%80", "%ED%BF%BF", "%F4%90%80%80", "%80", "%BF", "%FE", "%FF",
            "%C3%28", "%E2%82", "%E2%28%A1", "%F0%9F%98");

    /** Path parameters (after a ; in a segment) with well-formed escapes, which the API ignores. */
    static final List<String> PATH_PARAMETERS = List.of(
            ";", ";a", ";a=b", ";=", ";;", ";jsessionid=0123ABCD", ";a=b;c=d", ";v=1;v=2", ";a=b,c", ";a=%41",
            ";a=%C3%A9", ";%2e%2e", ";a=%2F..%2F", ";a=%00", ";!$&'()*+,=:@", ";a=%3B");

    /** JSON texts that are not well formed, or not an object. */
    static final List<String> MALFORMED_JSON = List.of(
            "{", "}", "[", "{\"email\":}", "{\"email\":\"a@b.c\",}", "{'email':'a@b.c','name':'x'}",
            "{email:\"a@b.c\",name:\"x\"}", "{\"email\":\"a@b.c\" \"name\":\"x\"}", "{\"email\":\"a@b.c\",\"name\":\"x\"}}",
            "{\"email\":\"a@b.c\",\"name\":\"x\"}{\"email\":\"a@b.c\",\"name\":\"x\"}", "{\"email\":\"a@b.c\",\"name\":NaN}",
            "{\"email\":\"a@b.c\",\"name\":\"x\"/*comment*/}", "{\"email\":\"a@b.c\",\"name\":\"x\\q\"}",
            "{\"email\":\"a@b.c\",\"name\":\"\\uZZZZ\"}", "{\"email\":\"a@b.c\",\"name\":\"raw\nnewline\"}",
            "{\"email\":\"a@b.c\",\"name\":\"raw\u0000nul\"}", "true", "[]", "\"text\"", "42", "-", "{\"email\"}",
            "{\"email\":\"a@b.c\",\"name\":\"x\",\"name\":\"y\"}", "{\"email\":\"a@b.c\",\"name\":\"x\",\"role\":\"admin\"}",
            "{\"email\":\"a@b.c\",\"name\":\"x\",\"$where\":\"1\"}", "{\"email\":\"a@b.c\",\"name\":\"x\",\"id\":\"x\"}",
            "{\"email\":\"a@b.c\",\"name\":\"x\",\"version\":99}", "{\"__proto__\":{\"admin\":true}}", "﻿", "\u00EF\u00BB\u00BF");

    /** JSON values that are not strings, for fields that must be strings. */
    static final List<String> WRONG_TYPES = List.of(
            "0", "-1", "1e308", "1e999", "123456789012345678901234567890", "true", "false", "[]", "[\"a@b.c\"]", "{}",
            "{\"$ne\":null}", "{\"$gt\":\"\"}", "{\"$where\":\"sleep(5000)\"}", "{\"$regex\":\".*\"}",
            "{\"$in\":[\"a@b.c\"]}", "[{\"$ne\":null}]", "{\"$exists\":true}");

    private HostileText() {
    }

    static <T> T any(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}

package org.acme.users.adapter.web.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acme.users.adapter.web.problem.MalformedRequestException;

/**
 * An {@code If-Match} header (RFC 9110 §13.1.1): {@code *} or a list of entity tags. Comparison is strong,
 * so a weak tag ({@code W/"3"}) never matches, and only the exact spelling of a version ({@code "3"}, not
 * {@code "03"}) matches it. A header that is not valid syntax is a malformed request (400).
 *
 * @param any      the header was {@code *}: any current version matches
 * @param versions the versions named by strong tags; tags that name no version can never match
 */
record IfMatch(boolean any, Set<Long> versions) {

    private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"\\s*");
    private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");

    IfMatch {
        versions = Set.copyOf(versions);
    }

    /** Null when no {@code If-Match} header was sent. */
    static IfMatch parse(List<String> headerValues) {
        if (headerValues.isEmpty()) {
            return null;
        }
        String joined = String.join(",", headerValues).strip();
        if (joined.equals("*")) {
            return new IfMatch(true, Set.of());
        }
        Set<Long> versions = new TreeSet<>();
        for (String element : splitList(joined)) {
            Matcher tag = ENTITY_TAG.matcher(element);
            if (!tag.matches()) {
                throw new MalformedRequestException("If-Match must be * or a list of entity tags such as \"3\".");
            }
            boolean weak = tag.group(1) != null;
            if (!weak && VERSION.matcher(tag.group(2)).matches()) {
                versions.add(Long.parseLong(tag.group(2)));
            }
        }
        return new IfMatch(false, versions);
    }

    boolean matches(long version) {
        return any || versions.contains(version);
    }

    /** Splits at the commas between list elements; entity tags cannot contain a double quote, so commas inside quotes are kept. */
    private static List<String> splitList(String list) {
        List<String> elements = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                elements.add(list.substring(start, i));
                start = i + 1;
            }
        }
        elements.add(list.substring(start));
        // RFC 9110 §5.6.1: empty list elements are allowed and ignored, as long as one real element remains.
        List<String> nonEmpty = elements.stream().filter(element -> !element.isBlank()).toList();
        return nonEmpty.isEmpty() ? List.of("") : nonEmpty;
    }
}

package org.acme.users.bootstrap.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks an error answer against API.md: an RFC 9457 body of type {@code application/problem+json} with its five
 * members, {@code Retry-After} on a 503, and nothing of the service's insides: no stack trace, exception, driver,
 * SQL or server text, unless the client sent that text itself (a path or field name is echoed back on purpose).
 */
public final class ProblemBody {

    /** Text that only the service's insides would put into a body. */
    static final List<String> INSIDES = List.of("Exception", "exception", "\tat ", "at org.", "at java.", "java.",
            "jakarta.", "javax.", "Caused by", "SQL", "sql", "select ", "SELECT", "org.hibernate", "Hibernate",
            "com.mongodb", "org.bson", "Mongo", "jdbc", "JDBC", "Hikari", "H2", "PostgreSQL", "PSQL", "Tomcat",
            "catalina", "coyote", "springframework", "Jackson", "jackson", "stack");

    private static final String PROBLEM_JSON = "application/problem+json";

    private ProblemBody() {
    }

    /** What is wrong with {@code reply} as an error answer, given the text of the request that caused it. */
    public static List<String> problemsWith(Reply reply, String requestText) {
        List<String> problems = new ArrayList<>();
        String contentType = String.valueOf(reply.header("Content-Type"));
        if (!contentType.toLowerCase(Locale.ROOT).startsWith(PROBLEM_JSON)) {
            problems.add("error " + reply.status() + " is " + contentType + ", not " + PROBLEM_JSON + ": " + reply);
            return problems;
        }
        if (reply.status() == 503 && (reply.header("Retry-After") == null || !reply.header("Retry-After").matches("\\d+"))) {
            problems.add("503 without a Retry-After in seconds: " + reply);
        }
        try {
            JsonNode problem = reply.json();
            for (String member : List.of("type", "title", "status", "detail", "instance")) {
                if (problem.get(member) == null || problem.get(member).isNull()) {
                    problems.add("problem without '" + member + "': " + reply);
                }
            }
            if (problem.get("status") != null && problem.get("status").asInt() != reply.status()) {
                problems.add("problem status differs from the answer's: " + reply);
            }
        } catch (JacksonException notJson) {
            problems.add("problem body is not JSON: " + reply);
        }
        for (String inside : INSIDES) {
            if (reply.body().contains(inside) && !requestText.contains(inside)) {
                problems.add("error body shows '" + inside + "': " + reply);
            }
        }
        return problems;
    }
}

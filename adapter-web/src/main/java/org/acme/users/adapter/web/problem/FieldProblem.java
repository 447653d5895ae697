package org.acme.users.adapter.web.problem;

/** One entry of the {@code errors} list of a 422 answer. */
public record FieldProblem(String field, String message) {
}

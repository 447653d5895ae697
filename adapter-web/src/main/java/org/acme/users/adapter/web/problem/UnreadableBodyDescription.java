package org.acme.users.adapter.web.problem;

import java.util.List;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says in one sentence why a body could not be read. Jackson's own messages quote the input and name Java
 * types, so they are never passed on; only the JSON field name is, shortened.
 */
final class UnreadableBodyDescription {

    private static final int LONGEST_FIELD_NAME_SHOWN = 64;

    private UnreadableBodyDescription() {
    }

    static String of(HttpMessageNotReadableException failure) {
        Throwable cause = failure.getCause();
        if (cause == null) {
            return "A JSON body is required.";
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "The body has an unknown field " + quoted(unknown.getPropertyName()) + ".";
        }
        if (cause instanceof StreamReadException) {
            return "The body is not well-formed JSON.";
        }
        if (cause instanceof JacksonException mismatch) {
            List<JacksonException.Reference> path = mismatch.getPath();
            if (!path.isEmpty() && path.get(path.size() - 1).getPropertyName() != null) {
                return "The field " + quoted(path.get(path.size() - 1).getPropertyName())
                        + " has the wrong JSON type; a string is expected.";
            }
            return "The body must be a JSON object with the fields email and name.";
        }
        return "The body could not be read.";
    }

    private static String quoted(String fieldName) {
        String shown = fieldName.length() > LONGEST_FIELD_NAME_SHOWN
                ? fieldName.substring(0, LONGEST_FIELD_NAME_SHOWN) + "..."
                : fieldName;
        return "'" + shown + "'";
    }
}

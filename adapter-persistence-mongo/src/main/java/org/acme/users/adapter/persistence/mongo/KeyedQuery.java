package org.acme.users.adapter.persistence.mongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The two shapes of query the embedded emulator can answer by key, as they arrive at the emulator: a filter that
 * every match must satisfy with one {@code _id}, and a keyset page in {@code _id} order.
 */
final class KeyedQuery {

    private static final String ID = "_id";
    private static final String AND = "$and";
    private static final String GREATER_THAN = "$gt";

    private KeyedQuery() {
    }

    /**
     * The id every match must have: {@code {_id: <uuid>, ...}}, or such a clause of a top-level {@code $and}, which
     * is how the driver renders the versioned filter {@code and(eq(_id), eq(version))}.
     */
    static Optional<UUID> requiredId(Document filter) {
        if (filter.get(ID) instanceof UUID id) {
            return Optional.of(id);
        }
        if (filter.get(AND) instanceof List<?> clauses) {
            for (Object clause : clauses) {
                if (clause instanceof Document document && document.get(ID) instanceof UUID id) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether this is a page in ascending {@code _id} order: {@code {}} or {@code {_id: {$gt: <uuid>}}}. */
    static boolean isIdPage(Document filter, Document sort) {
        boolean byIdAscending = sort != null && sort.size() == 1 && sort.get(ID) instanceof Number direction
                && direction.doubleValue() == 1;
        return byIdAscending && (filter.isEmpty() || pageCursor(filter).isPresent());
    }

    /** The id a page starts after, if any: the bound of {@code {_id: {$gt: <uuid>}}}. */
    static Optional<UUID> pageCursor(Document filter) {
        if (filter.size() == 1 && filter.get(ID) instanceof Document range && range.size() == 1
                && range.get(GREATER_THAN) instanceof UUID after) {
            return Optional.of(after);
        }
        return Optional.empty();
    }
}

package org.acme.users.adapter.persistence.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded emulator that finds the documents of the adapter's hot queries by key instead of
 * reading them all. mongo-java-server uses an index only for a filter on exactly that index's fields with plain
 * values, so the versioned filter {@code {$and: [{_id}, {version}]}} and an {@code _id} range scan every document,
 * and a sort by {@code _id} sorts them all. Here a filter that requires one {@code _id} reads that document, and a
 * page in {@code _id} order walks the ids from the cursor on. The emulator's own matcher, projection, skip and limit
 * still decide the answer, so it is the one a full scan would give; only how many documents are read differs.
 * Any other query, or a collection holding an {@code _id} that is not a UUID, goes the emulator's usual way.
 */
final class KeyedH2Collection extends H2Collection {

    private static final String ID = "_id";
    private static final String AND = "$and";
    private static final String GREATER_THAN = "$gt";

    /** MongoDB's order of binary UUIDs (bytes, unsigned), which is also the emulator's; MVStore sorts them signed. */
    private static final Comparator<UUID> UNSIGNED = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private final NavigableSet<UUID> ids = new ConcurrentSkipListSet<>(UNSIGNED);
    private final AtomicLong idsOfOtherTypes = new AtomicLong();
    private final AtomicLong documentsRead = new AtomicLong();

    KeyedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, documents, meta, cursorRegistry);
        documents.keySet().forEach(this::remember);
    }

    /** How many stored documents queries have read so far, in both ways: the work a query costs, for tests. */
    long documentsRead() {
        return documentsRead.get();
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document projection) {
        if (ID.equals(getIdField()) && idsOfOtherTypes.get() == 0) {
            Optional<UUID> id = requiredId(query);
            if (id.isPresent()) {
                List<Object> found = ids.contains(id.get()) ? List.of(id.get()) : List.of();
                return matchDocuments(query, found, orderBy, skip, limit, batchSize, projection);
            }
            Optional<NavigableSet<UUID>> page = idsOfPage(query, orderBy);
            if (page.isPresent()) {
                // Already in the requested order, so no sort: the stream stops once the limit is reached.
                return matchDocuments(query, Collections.unmodifiableCollection(page.get()), null, skip, limit,
                        batchSize, projection);
            }
        }
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
    }

    @Override
    protected Document getDocument(Object position) {
        documentsRead.incrementAndGet();
        return super.getDocument(position);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document projection) {
        documentsRead.addAndGet(count());
        return super.matchDocuments(query, orderBy, skip, limit, batchSize, projection);
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        Object position = super.addDocumentInternal(document);
        remember(position);
        return position;
    }

    @Override
    protected void removeDocument(Object position) {
        super.removeDocument(position);
        if (position instanceof UUID id) {
            ids.remove(id);
        } else {
            idsOfOtherTypes.decrementAndGet();
        }
    }

    private void remember(Object position) {
        if (position instanceof UUID id) {
            ids.add(id);
        } else {
            idsOfOtherTypes.incrementAndGet();
        }
    }

    /** The id every match must have: {@code {_id: <uuid>, ...}}, or such a clause of a top-level {@code $and}. */
    private static Optional<UUID> requiredId(Document query) {
        if (query.get(ID) instanceof UUID id) {
            return Optional.of(id);
        }
        if (query.get(AND) instanceof List<?> clauses) {
            for (Object clause : clauses) {
                if (clause instanceof Document document && document.get(ID) instanceof UUID id) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** The ids of a keyset page, {@code {}} or {@code {_id: {$gt: <uuid>}}} sorted by {@code {_id: 1}}, in order. */
    private Optional<NavigableSet<UUID>> idsOfPage(Document query, Document orderBy) {
        if (orderBy == null || orderBy.size() != 1 || !(orderBy.get(ID) instanceof Number direction)
                || direction.doubleValue() != 1) {
            return Optional.empty();
        }
        if (query.isEmpty()) {
            return Optional.of(ids);
        }
        if (query.size() == 1 && query.get(ID) instanceof Document range && range.size() == 1
                && range.get(GREATER_THAN) instanceof UUID after) {
            return Optional.of(ids.tailSet(after, false));
        }
        return Optional.empty();
    }
}

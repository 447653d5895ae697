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
import java.util.function.Supplier;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

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

    /** MongoDB's order of binary UUIDs (bytes, unsigned), also the emulator's (by their text); MVStore's is signed. */
    private static final Comparator<UUID> UNSIGNED = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private final MVStore store;
    private final NavigableSet<UUID> ids = new ConcurrentSkipListSet<>(UNSIGNED);
    private final AtomicLong idsOfOtherTypes = new AtomicLong();
    private final AtomicLong documentsRead = new AtomicLong();

    KeyedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVStore store, MVMap<Object, Document> documents, MVMap<String, Object> meta,
            CursorRegistry cursorRegistry) {
        super(database, collectionName, options, documents, meta, cursorRegistry);
        this.store = store;
        whileReadingAll(() -> {
            documents.keySet().forEach(this::remember);
            return null;
        });
    }

    /**
     * How many stored documents this collection's queries have read, a scan counting as all of them: the work a
     * query costs, as MongoDB's {@code totalDocsExamined} tells it, which the tests check instead of a time.
     */
    long documentsRead() {
        return documentsRead.get();
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document projection) {
        if (ID.equals(getIdField()) && idsOfOtherTypes.get() == 0) {
            Optional<UUID> id = KeyedQuery.requiredId(query);
            if (id.isPresent()) {
                List<Object> found = ids.contains(id.get()) ? List.of(id.get()) : List.of();
                return matchDocuments(query, found, orderBy, skip, limit, batchSize, projection);
            }
            if (KeyedQuery.isIdPage(query, orderBy)) {
                NavigableSet<UUID> page = KeyedQuery.pageCursor(query).map(after -> ids.tailSet(after, false))
                        .orElse(ids);
                // Already in the requested order, so no sort: the stream stops once the limit is reached.
                return matchDocuments(query, Collections.unmodifiableCollection(page), null, skip, limit, batchSize,
                        projection);
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
        return whileReadingAll(() -> super.matchDocuments(query, orderBy, skip, limit, batchSize, projection));
    }

    /**
     * Runs a walk over all documents. A cursor over a map that MVStore's background thread compacts meanwhile can
     * fail with "Chunk not found" (h2database#4383, seen here in a scan under load); keeping the version it reads in
     * use prevents that.
     */
    private <T> T whileReadingAll(Supplier<T> walk) {
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            return walk.get();
        } finally {
            store.deregisterVersionUsage(reading);
        }
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
}

package org.acme.users.adapter.persistence.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 MVStore backend with {@link KeyedH2Collection}s. The store's layout is the stock backend's
 * (same map names, same entries), so a data file written by either is read by the other.
 */
final class KeyedH2Backend extends H2Backend {

    /** The stock backend's map names (package-private there): documents and collection metadata. */
    private static final String DOCUMENTS_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";

    KeyedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new KeyedH2Database(databaseName);
    }

    /**
     * Inner rather than static: H2Database's constructor already opens the stored collections, before any field of
     * a subclass is set, but the enclosing backend (and so the store) is reachable from the start.
     */
    private final class KeyedH2Database extends H2Database {

        KeyedH2Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            return new KeyedH2Collection(this, collectionName, options, store,
                    store.openMap(DOCUMENTS_MAP_PREFIX + namespace), store.openMap(META_MAP_PREFIX + namespace),
                    cursorRegistry);
        }
    }
}
